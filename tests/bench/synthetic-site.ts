/**
 * Builds a synthetic copy of the handbook with N generated questions, for benchmarks. Each
 * generated question is a real bank question with its id, title and prompt varied, so pages
 * have realistic size and vocabulary. Everything lives in a temporary folder, never in the repo.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SITE_FILES } from '../support/fixture.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const WORDS = [
	'cache',
	'queue',
	'parser',
	'ledger',
	'scheduler',
	'importer',
	'report',
	'invoice',
	'session',
	'webhook',
	'catalogue',
	'exporter',
	'migration',
	'retry',
	'stream',
	'index',
	'pipeline',
	'gateway',
	'profile',
	'snapshot',
];

/** Makes a project folder: the real code and content, plus `count` generated questions. */
export function syntheticProject(count: number): string {
	const dir = mkdtempSync(join(tmpdir(), `handbook-bench-${count}-`));
	for (const entry of [...SITE_FILES, 'content']) {
		cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const qdir = join(dir, 'content/questions');
	const originals = readdirSync(qdir)
		.filter((n) => n.endsWith('.mdx'))
		.sort();
	const existing = originals.length;
	for (let i = 0; existing + i < count; i++) {
		const source = readFileSync(join(qdir, originals[i % existing]!), 'utf8');
		const word = WORDS[i % WORDS.length]!;
		const id = `bench-${word}-${i}`;
		const text = source
			.replace(/^title: .*$/m, `title: "Bench ${i}: the ${word} variant"`)
			.replace(/^prompt: >-\n/m, `prompt: >-\n  For the ${word} service number ${i}:\n`)
			.replace(/^related: .*$/m, 'related: []');
		writeFileSync(join(qdir, `${id}.mdx`), text);
	}
	return dir;
}

export function removeProject(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
