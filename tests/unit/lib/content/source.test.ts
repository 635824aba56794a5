import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../src/lib/content/source.ts';
import { formatProblem } from '../../../../src/lib/content/problem.ts';

const mdx = [
	'---',
	'title: A',
	'rubric:',
	'  "1": one',
	'  "3": three',
	'related:',
	'  - x',
	'  - y',
	'---',
	'',
	'Body',
].join('\n');

describe('parseSource', () => {
	it('reads frontmatter and body, and places fields on the line they are written in the file', () => {
		const s = parseSource(mdx, 'mdx');
		expect(s.data).toEqual({ title: 'A', rubric: { '1': 'one', '3': 'three' }, related: ['x', 'y'] });
		expect(s.body).toBe('\nBody');
		expect(s.locate(['title'])).toEqual({ line: 2, column: 8 });
		expect(s.locate(['rubric', '3'])).toEqual({ line: 5, column: 8 });
		expect(s.locate(['related', 1])).toEqual({ line: 8, column: 5 });
	});
	it('points at the nearest parent when the field is missing', () => {
		expect(parseSource(mdx, 'mdx').locate(['rubric', '2'])).toEqual({ line: 3, column: 1 });
	});
	it('reports a YAML syntax error with its line in the file', () => {
		const s = parseSource('---\ntitle: A\nlevels: [mid\n---\n', 'mdx');
		expect(s.syntaxError?.message).toMatch(/^valid YAML/);
		expect(s.syntaxError?.position.line).toBeGreaterThanOrEqual(3);
	});
	it('parses dates the way Astro does (js-yaml), so the checker and the build agree', () => {
		expect(parseSource('reviewed: 2026-11-20\n', 'yaml').data).toEqual({ reviewed: new Date('2026-11-20') });
	});
});

describe('formatProblem', () => {
	it('prints file:line:column, then field, value and expectation', () => {
		expect(
			formatProblem({
				file: 'content/q.mdx',
				line: 7,
				column: 10,
				field: 'minutes',
				value: '"ten"',
				expected: 'a positive whole number of minutes, e.g. 15',
			}),
		).toMatchInlineSnapshot(`
			"content/q.mdx:7:10
			  field:    minutes
			  value:    "ten"
			  expected: a positive whole number of minutes, e.g. 15"
		`);
	});
});
