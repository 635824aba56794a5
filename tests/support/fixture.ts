/** Temporary copies of the fixture site, so each test can break exactly one thing. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixtureSite = join(projectRoot, 'tests/fixtures/site');

/** What a copy of the project needs, besides content/ and node_modules, to build the site. */
export const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'CONTRIBUTING.md'];

/** Copies the valid fixture's content/ into a fresh temporary project folder and returns it. */
export function fixtureCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-fixture-'));
	cpSync(join(fixtureSite, 'content'), join(dir, 'content'), { recursive: true });
	return dir;
}

/** Rewrites one file of a fixture copy; the edit must change something, or the test is void. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`edit of ${file} changed nothing: the test would prove nothing`);
	writeFileSync(path, after);
}
