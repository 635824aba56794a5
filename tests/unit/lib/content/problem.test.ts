import { describe, expect, it } from 'vitest';
import {
	describeValue,
	formatProblem,
	formatProblems,
	sortProblems,
	type ContentProblem,
} from '../../../../src/lib/content/problem.ts';

const p = (file: string, line: number, column: number, field = 'x'): ContentProblem => ({
	file,
	line,
	column,
	field,
	value: '1',
	expected: 'two',
});

describe('describeValue: the value a contributor sees in a report', () => {
	it('says what is missing, shows dates as written and anything else as JSON', () => {
		expect(describeValue(undefined)).toBe('(missing)');
		expect(describeValue(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01');
		expect(describeValue(new Date('last week'))).toBe('(invalid date)');
		expect(describeValue(null)).toBe('null');
		expect(describeValue('ten')).toBe('"ten"');
		expect(describeValue([1, 'a'])).toBe('[1,"a"]');
		expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
	});
	it('cuts a value longer than 80 characters to 77 and an ellipsis', () => {
		const exactly80 = 'x'.repeat(78); // 80 with its quotes
		expect(describeValue(exactly80)).toBe(`"${exactly80}"`);
		expect(describeValue(`${exactly80}y`)).toBe(`"${'x'.repeat(76)}...`);
		expect(describeValue(`${exactly80}y`)).toHaveLength(80);
	});
});

describe('formatProblems: the report the content check prints', () => {
	it('gives the place, field, value and expectation, naming the whole file when there is no field', () => {
		expect(formatProblem(p('content/a.yaml', 2, 3))).toBe(
			'content/a.yaml:2:3\n  field:    x\n  value:    1\n  expected: two',
		);
		expect(formatProblem(p('content/a.yaml', 1, 1, ''))).toContain('  field:    (the file)\n');
	});
	it('counts problems and files, singular and plural', () => {
		expect(formatProblems([p('content/a.yaml', 2, 3)])).toBe(
			'Content check failed: 1 problem in 1 file.\n\ncontent/a.yaml:2:3\n  field:    x\n  value:    1\n  expected: two',
		);
		expect(formatProblems([p('a', 1, 1), p('a', 2, 1)]).split('\n')[0]).toBe(
			'Content check failed: 2 problems in 1 file.',
		);
		expect(formatProblems([p('a', 1, 1), p('b', 1, 1)])).toBe(
			[
				'Content check failed: 2 problems in 2 files.',
				'a:1:1\n  field:    x\n  value:    1\n  expected: two',
				'b:1:1\n  field:    x\n  value:    1\n  expected: two',
			].join('\n\n'),
		);
	});
});

describe('sortProblems', () => {
	it('orders by file, then line, then column, then field, without changing the input', () => {
		const input = [p('b', 1, 1), p('a', 9, 1), p('a', 2, 7), p('a', 2, 3, 'z'), p('a', 2, 3, 'y'), p('a', 10, 1)];
		const copy = [...input];
		expect(sortProblems(input).map((x) => `${x.file}:${x.line}:${x.column}:${x.field}`)).toEqual([
			'a:2:3:y',
			'a:2:3:z',
			'a:2:7:x',
			'a:9:1:x',
			'a:10:1:x',
			'b:1:1:x',
		]);
		expect(input).toEqual(copy);
	});
});
