/**
 * `npm run build` on the fixture site: it succeeds when the content is valid, and fails with
 * the file and the field in the message for each class of bad content, including MDX that
 * cannot be compiled.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/build.ts';
import { edit, fixtureCopy } from '../../support/fixture.ts';

describe('astro build of the fixture site', () => {
	it('builds every page and the exports when the content is valid', () => {
		const dir = fixtureCopy();
		const { status, output } = buildFixture(dir);
		expect(status, output).toBe(0);
		for (const page of [
			'questions/sum-of-squares',
			'competencies/testing',
			'scorecards/general',
			'guides/screening',
			'exercises/fix-the-total',
			'calibration/sum-of-squares-loop',
		]) {
			expect(existsSync(join(dir, 'dist', page, 'index.html')), page).toBe(true);
		}
		expect(existsSync(join(dir, 'dist/exercises/fix-the-total/files/flawed/orders.py'))).toBe(true);
		expect(existsSync(join(dir, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(output).toContain('all');
	});

	const failures: { name: string; file: string; change: (t: string) => string; mentions: string[] }[] = [
		{
			name: 'a field of the wrong type',
			file: 'content/questions/sum-of-squares.mdx',
			change: (t) => t.replace('minutes: 10', 'minutes: ten'),
			mentions: [
				'content/questions/sum-of-squares.mdx:7:10',
				'field:    minutes',
				'value:    "ten"',
				'expected: a positive whole number of minutes',
			],
		},
		{
			name: 'a reference to an id that does not exist',
			file: 'content/scorecards/general.yaml',
			change: (t) => t.replace('questions: [sum-of-squares, flaky-test]', 'questions: [sum-of-squares, fizzbuzz]'),
			mentions: [
				'content/scorecards/general.yaml',
				'field:    stages.0.questions.1',
				'value:    "fizzbuzz"',
				'existing question',
			],
		},
		{
			name: 'broken YAML frontmatter',
			file: 'content/questions/flaky-test.mdx',
			change: (t) => t.replace('levels: [mid, senior]', 'levels: [mid, senior'),
			mentions: ['content/questions/flaky-test.mdx', 'valid YAML'],
		},
	];

	for (const f of failures) {
		it(`fails on ${f.name}, naming the file and the field`, () => {
			const dir = fixtureCopy();
			edit(dir, f.file, f.change);
			const { status, output } = buildFixture(dir);
			expect(status).not.toBe(0);
			for (const text of f.mentions) expect(output).toContain(text);
			expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
		});
	}

	it('fails when an MDX body cannot be compiled, naming the file and line', () => {
		const dir = fixtureCopy();
		const file = 'content/guides/screening.mdx';
		edit(dir, file, (t) => `${t}\nA stray brace {oops( breaks MDX.\n`);
		const { status, output } = buildFixture(dir);
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/screening\.mdx:\d+:\d+/);
	});
});
