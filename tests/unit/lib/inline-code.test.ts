import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineRuns } from '../../../src/lib/inline-code.ts';

describe('inlineRuns', () => {
	it('splits backticked code from prose', () => {
		expect(inlineRuns('Uses `in` on a `list`.')).toEqual([
			{ text: 'Uses ', code: false },
			{ text: 'in', code: true },
			{ text: ' on a ', code: false },
			{ text: 'list', code: true },
			{ text: '.', code: false },
		]);
	});
	it('keeps an unmatched backtick as text', () => {
		expect(inlineRuns('a `b` c ` d')).toEqual([
			{ text: 'a ', code: false },
			{ text: 'b', code: true },
			{ text: ' c ', code: false },
			{ text: '` d', code: false },
		]);
	});
	it('loses no character except the paired backticks (1,000 runs)', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const runs = inlineRuns(s);
				const ticks = (s.match(/`/g) ?? []).length;
				const paired = ticks - (ticks % 2);
				return runs.map((r) => r.text).join('').length === s.length - paired;
			}),
			{ numRuns: 1000 },
		);
	});
});
