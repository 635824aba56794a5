/**
 * `npm run build` on the fixture site: it succeeds when the content is valid, and fails with
 * the file and the field in the message for each class of bad content, including MDX that
 * cannot be compiled.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectedPagePaths } from '../../src/integrations/expected-pages.ts';
import { buildFixture } from '../support/build.ts';
import { edit, fixtureCopy } from '../support/fixture.ts';

describe.concurrent('astro build of the fixture site', () => {
	it('builds every page and the exports when the content is valid', () => {
		const { dir, status, output } = inject('validBuild');
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
		// The exports validate against the JSON Schemas the site publishes beside them.
		const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
		for (const name of ['questions', 'scorecards']) {
			const read = (file: string) => JSON.parse(readFileSync(join(dir, 'dist/api', file), 'utf8')) as object;
			const validate = ajv.compile(read(`${name}.schema.json`));
			expect(validate(read(`${name}.json`)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
		// The post-build check ran and counted every page the content should produce.
		expect(output).toContain(`all ${expectedPagePaths(dir).length} expected pages are present`);
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
			name: 'a question without a v2 rubric field',
			file: 'content/questions/sum-of-squares.mdx',
			change: (t) => t.replace(/^depthNeeded: 1\n/m, ''),
			mentions: [
				'content/questions/sum-of-squares.mdx',
				'field:    depthNeeded',
				'expected: a whole number of depth points',
			],
		},
		{
			name: 'bar lines that differ from the levels',
			file: 'content/questions/sum-of-squares.mdx',
			change: (t) => t.replace('levels: [junior]', 'levels: [junior, mid]'),
			mentions: ['content/questions/sum-of-squares.mdx', 'field:    levelBars.mid', 'expected: a bar line for "mid"'],
		},
		{
			name: 'broken YAML frontmatter',
			file: 'content/questions/flaky-test.mdx',
			change: (t) => t.replace('levels: [mid, senior]', 'levels: [mid, senior'),
			mentions: ['content/questions/flaky-test.mdx', 'valid YAML'],
		},
	];

	for (const f of failures) {
		it(`fails on ${f.name}, naming the file and the field`, async () => {
			const dir = fixtureCopy();
			edit(dir, f.file, f.change);
			const { status, output } = await buildFixture(dir);
			expect(status).not.toBe(0);
			for (const text of f.mentions) expect(output).toContain(text);
			expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
		});
	}

	it('fails when an MDX body cannot be compiled, naming the file and line', async () => {
		const dir = fixtureCopy();
		const file = 'content/guides/screening.mdx';
		edit(dir, file, (t) => `${t}\nA stray brace {oops( breaks MDX.\n`);
		const { status, output } = await buildFixture(dir);
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/guides\/screening\.mdx:\d+:\d+/);
	});
});

describe('a question made with npm run new', () => {
	it('appears on the site, in the search index and in /api/questions.json once filled in and built', async () => {
		const { scaffold } = await import('../../src/lib/scaffold.ts');
		const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
		const { scaffoldContext } = await import('../support/content.ts');
		const { gunzipSync } = await import('node:zlib');
		const dir = fixtureCopy();
		const made = scaffold(
			{
				type: 'question',
				title: 'Reading a stack trace',
				competency: 'debugging',
				level: 'junior',
				format: 'debugging',
			},
			scaffoldContext(dir),
		);
		if (!made.ok) throw new Error(made.error);
		let n = 0;
		const filled = made.text
			.replace(/"FILL IN: [^"]*"/g, () => `"Filled in by the contributor, part ${++n}"`)
			.replace(/^FILL IN: .*$/gm, 'Start from the last line of the traceback.');
		writeFileSync(join(dir, made.path), filled);
		const { status, output } = await buildFixture(dir);
		expect(status, output).toBe(0);
		expect(readFileSync(join(dir, 'dist/questions/reading-a-stack-trace/index.html'), 'utf8')).toContain(
			'Reading a stack trace',
		);
		const api = JSON.parse(readFileSync(join(dir, 'dist/api/questions.json'), 'utf8')) as { id: string }[];
		expect(api.map((q) => q.id)).toContain('reading-a-stack-trace');
		const fragments = readdirSync(join(dir, 'dist/pagefind/fragment')).map((f) =>
			gunzipSync(readFileSync(join(dir, 'dist/pagefind/fragment', f))).toString('utf8'),
		);
		expect(fragments.some((f) => f.includes('Reading a stack trace'))).toBe(true);
	});
});
