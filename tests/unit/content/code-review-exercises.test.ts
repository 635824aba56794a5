/**
 * Code-review exercises list their planted issues in planted-issues.json; every issue must point
 * at a real line of the repository and be explained in the answer key, so the key never drifts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/fixture.ts';

const base = join(projectRoot, 'content/exercises');
const withKeys = readdirSync(base).filter((d) => existsSync(join(base, d, 'planted-issues.json')));

describe('code-review exercises', () => {
	it('at least one exercise has planted issues', () => {
		expect(withKeys.length).toBeGreaterThan(0);
	});
	for (const id of withKeys) {
		const folder = join(base, id);
		const issues = JSON.parse(readFileSync(join(folder, 'planted-issues.json'), 'utf8')) as {
			id: string;
			file: string;
			line: number;
			category: string;
			severity: string;
		}[];
		const key = readFileSync(join(folder, 'answer-key.md'), 'utf8');
		it(`${id}: plants at least 8 issues across performance, security, practice, error handling and tests`, () => {
			expect(issues.length).toBeGreaterThanOrEqual(8);
			expect(new Set(issues.map((i) => i.id)).size).toBe(issues.length);
		});
		for (const issue of issues) {
			it(`${id}: ${issue.id} points at a real line and is explained in the answer key`, () => {
				const lines = readFileSync(join(folder, issue.file), 'utf8').split('\n');
				expect(issue.line, `${issue.file} has ${lines.length} lines`).toBeLessThanOrEqual(lines.length);
				expect(lines[issue.line - 1]?.trim(), `${issue.file}:${issue.line} is blank`).not.toBe('');
				expect(key).toMatch(new RegExp(`\\b${issue.id}\\b`));
				expect(['blocker', 'major', 'minor']).toContain(issue.severity);
			});
		}
	}
});
