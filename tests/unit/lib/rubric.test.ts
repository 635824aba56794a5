import { describe, expect, it } from 'vitest';
import {
	BRIEF_MAX_WORDS,
	DEPTH,
	MUST_SHOW,
	RUBRIC_RULES,
	depthNeededWords,
	ratingFourText,
	ratingThreeText,
	wordCount,
} from '../../../src/lib/rubric.ts';

const points = {
	mustShow: ['Names the trap.', 'Fixes it;'],
	depth: ['A test', 'A trade-off.', 'A failure mode'],
	depthNeeded: 2,
};

describe('rubric v2 texts', () => {
	it('writes rating 3 as all of the must-show points, without doubled stops', () => {
		expect(ratingThreeText(points)).toBe('Shows all of: Names the trap; Fixes it.');
	});
	it('writes rating 4 with how many depth points it needs', () => {
		expect(ratingFourText(points)).toBe(
			'Everything in 3, plus at least 2 of the 3 depth points: A test; A trade-off; A failure mode.',
		);
		expect(depthNeededWords({ ...points, depthNeeded: 3 })).toBe('all 3 depth points');
		expect(depthNeededWords({ ...points, depth: ['Only one'], depthNeeded: 1 })).toBe('the depth point');
		expect(depthNeededWords({ ...points, depth: ['a', 'b'], depthNeeded: 1 })).toBe('at least 1 of the 2 depth points');
	});
	it('counts words the way the interviewer card limit reads them', () => {
		expect(wordCount('  one two\nthree\tfour  ')).toBe(4);
		expect(wordCount('')).toBe(0);
	});
	it('states the shape the schema enforces and the shared rules', () => {
		expect([MUST_SHOW.min, MUST_SHOW.max, DEPTH.min, DEPTH.max, BRIEF_MAX_WORDS]).toEqual([2, 4, 1, 3, 80]);
		expect(RUBRIC_RULES.join(' ')).toContain('Some but not all of them is a 2');
		expect(RUBRIC_RULES.join(' ')).toContain('does not count');
		expect(RUBRIC_RULES.join(' ')).toContain('before a follow-up that asks about it');
	});
});
