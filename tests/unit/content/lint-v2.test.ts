/** The content check's v2 rules for model answers and sources, on a copy of the fixture site. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/read-content.ts';
import { MAX_ANSWER_WORDS, answerWords } from '../../../src/lib/content/lint.ts';
import { edit, fixtureCopy } from '../../support/fixture.ts';

const Q = 'content/questions/sum-of-squares.mdx';
const today = new Date('2026-12-01');
const problems = (dir: string) => checkContent(dir, today).problems.filter((p) => p.file === Q);

describe('model answers', () => {
	it('are valid as the fixture has them', () => {
		expect(problems(fixtureCopy())).toEqual([]);
	});
	it('refuse a ## heading in the body: the page gives the one "Model answer" heading', () => {
		const dir = fixtureCopy();
		edit(dir, Q, (t) => `${t}\n## What a strong answer contains\n\nMore.\n`);
		expect(problems(dir)).toEqual([
			expect.objectContaining({ field: '(body)', value: '"## What a strong answer contains"' }),
		]);
	});
	it('allow ### parts, and count prose words outside code and <details> only', () => {
		const dir = fixtureCopy();
		const long = 'word '.repeat(MAX_ANSWER_WORDS);
		edit(
			dir,
			Q,
			(t) => `${t}\n### Points worth hearing\n\n<details>\n<summary>More</summary>\n\n${long}\n\n</details>\n`,
		);
		expect(problems(dir)).toEqual([]);
		expect(answerWords('one two\n```python\nx = 1\n```\n<details>three four</details>')).toBe(2);
	});
	it(`refuse more than ${MAX_ANSWER_WORDS} words of prose, saying how many`, () => {
		const dir = fixtureCopy();
		edit(dir, Q, (t) => `${t}\n${'word '.repeat(MAX_ANSWER_WORDS + 1)}\n`);
		const [p] = problems(dir);
		expect(p?.value).toMatch(/^\d+ words of prose$/);
		expect(p?.expected).toContain(`at most ${MAX_ANSWER_WORDS} words outside code and <details> blocks`);
	});
});

describe('sources', () => {
	it('are required once a question names a Python version', () => {
		const dir = fixtureCopy();
		edit(dir, Q, (t) =>
			t.replace(/^sources:\n(?: {2}.*\n)+/m, 'sources: []\n').replace('Adds a test', 'Adds a test (Python 3.12)'),
		);
		expect(problems(dir)).toEqual([
			expect.objectContaining({
				field: 'sources',
				expected: 'at least one primary source: the question states something about Python 3.12',
			}),
		]);
	});
	it('may be empty when nothing version- or tool-specific is stated', () => {
		const dir = fixtureCopy();
		edit(dir, Q, (t) => t.replace(/^sources:\n(?: {2}.*\n)+/m, 'sources: []\n'));
		expect(problems(dir)).toEqual([]);
	});
});
