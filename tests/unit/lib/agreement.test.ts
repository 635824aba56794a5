import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	agreementReading,
	MIN_PAIRABLE,
	NEAR_CONSTANT_SHARE,
	ordinalAlpha,
	readAlpha,
} from '../../../src/lib/agreement.ts';
import type { Rating } from '../../../src/lib/rating-scale.ts';

describe("ordinalAlpha (Krippendorff's alpha, ordinal)", () => {
	it('is 1 when every interviewer agrees on every competency and the ratings vary across competencies', () => {
		expect(
			ordinalAlpha([
				[1, 1],
				[2, 2],
				[3, 3],
				[4, 4],
			]).alpha,
		).toBeCloseTo(1);
	});
	it("reproduces Krippendorff's published example (2011): ordinal alpha = 0.815", () => {
		// Four coders, twelve units, values 1–5, missing data (Krippendorff, Computing Krippendorff's Alpha-Reliability).
		const _ = null;
		const coders = [
			[1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
			[1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
			[_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
			[1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
		];
		const units = coders[0]!.map((__, u) => coders.map((c) => c[u]));
		expect(ordinalAlpha(units).alpha).toBeCloseTo(0.815, 3);
	});
	it('matches a hand computation for a small panel', () => {
		// Units [1,2] and [3,3]: n = {1:1, 2:1, 3:2}, coincidences o12 = o21 = 1, o33 = 2.
		// Ordinal distances: d(1,2) = (1+1 − 1)² = 1, d(1,3) = (1+1+2 − 1.5)² = 6.25, d(2,3) = (1+2 − 1.5)² = 2.25.
		// D_o = 2×1 = 2; D_e = (2×1×1×1 + 2×1×2×6.25 + 2×1×2×2.25) / 3 = (2 + 25 + 9) / 3 = 12.
		expect(
			ordinalAlpha([
				[1, 2],
				[3, 3],
			]).alpha,
		).toBeCloseTo(1 - 2 / 12, 10);
	});
	it('ignores missing ratings and units with a single rating', () => {
		expect(
			ordinalAlpha([
				[1, 2, null],
				[3, 3],
				[4, undefined],
				[null, null],
			]).alpha,
		).toBeCloseTo(1 - 2 / 12, 10);
	});
	it('is negative when interviewers disagree systematically', () => {
		expect(
			ordinalAlpha([
				[1, 4],
				[4, 1],
				[1, 4],
			]).alpha!,
		).toBeLessThan(0);
	});
	it('is undefined, with a reason, when nothing can be paired or nothing varies', () => {
		expect(ordinalAlpha([[3], [2, null]])).toMatchObject({ alpha: null, pairable: 0 });
		expect(
			ordinalAlpha([
				[3, 3],
				[3, 3],
			]).alpha,
		).toBeNull();
	});
	it('never exceeds 1 and never throws on any panel (1,000 runs)', () => {
		const cell = fc.option(fc.constantFrom<Rating>(1, 2, 3, 4), { nil: null });
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 10 }), (units) => {
				const { alpha } = ordinalAlpha(units);
				return alpha === null || (Number.isFinite(alpha) && alpha <= 1 + 1e-9);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('ordinalAlpha: what the panel is told', () => {
	it('says why agreement cannot be measured, and counts the paired ratings', () => {
		expect(ordinalAlpha([[3], [2, null]])).toEqual({
			alpha: null,
			pairable: 0,
			reading: 'Not enough ratings to measure agreement: at least two interviewers must rate the same competency.',
		});
		expect(ordinalAlpha([])).toMatchObject({ alpha: null, pairable: 0 });
		expect(
			ordinalAlpha([
				[3, 3, 3],
				[3, 3],
			]),
		).toEqual({
			alpha: null,
			pairable: 5,
			reading:
				'Everyone gave the same rating everywhere: agreement is perfect but alpha is undefined when nothing varies.',
		});
	});
	it('reads the alpha it computes', () => {
		const strong = ordinalAlpha([
			[1, 1],
			[2, 2],
			[4, 4],
		]);
		expect(strong).toEqual({
			alpha: 1,
			pairable: 6,
			reading: 'Strong agreement: the panel saw the candidate the same way.',
		});
		expect(
			ordinalAlpha([
				[1, 4],
				[4, 1],
			]).reading,
		).toMatch(/^Systematic disagreement/);
	});
	it('weighs a unit of three ratings by its pairs: each rating pairs with the two others', () => {
		// Units [1, 1, 2] and [3, 3, 3]: coincidences o11 = 1, o12 = o21 = 1, o33 = 3 (each pair over m − 1 = 2).
		// n1 = 2, n2 = 1, n3 = 3, n = 6. d(1,2) = (2 + 1 − 1.5)² = 2.25, d(1,3) = (2+1+3 − 2.5)² = 12.25,
		// d(2,3) = (1 + 3 − 2)² = 4. D_o = 2 × 2.25 = 4.5; D_e = 2 × (2×1×2.25 + 2×3×12.25 + 1×3×4) / 5 = 36.
		expect(
			ordinalAlpha([
				[1, 1, 2],
				[3, 3, 3],
			]).alpha,
		).toBeCloseTo(1 - 4.5 / 36, 10);
	});
	it('does not depend on the order of the competencies or of the interviewers', () => {
		const expected = 1 - 2 / 12; // the hand computation above
		expect(
			ordinalAlpha([
				[3, 3],
				[1, 2],
			]).alpha,
		).toBeCloseTo(expected, 10);
		expect(
			ordinalAlpha([
				[2, 1],
				[3, 3],
			]).alpha,
		).toBeCloseTo(expected, 10);
		expect(ordinalAlpha([[null, 3, 3], [4], [2, 1]]).alpha).toBeCloseTo(expected, 10);
		// Units [1, 3], [2, 2], [3, 3]: n1 = 1, n2 = 2, n3 = 3; d(1,2) = 2.25, d(1,3) = 16, d(2,3) = 6.25.
		// D_o = 2 × 16 = 32; D_e = 2 × (1×2×2.25 + 1×3×16 + 2×3×6.25) / 5 = 36. Values first seen in any order.
		for (const units of [
			[
				[1, 3],
				[2, 2],
				[3, 3],
			],
			[
				[2, 2],
				[1, 3],
				[3, 3],
			],
			[
				[3, 3],
				[2, 2],
				[3, 1],
			],
			[
				[2, 2],
				[3, 3],
				[1, 3],
			],
		])
			expect(ordinalAlpha(units).alpha, JSON.stringify(units)).toBeCloseTo(1 - 32 / 36, 10);
		// Four values first seen as 4, 3, 2, 1.
		const panel = [
			[4, 3],
			[2, 2],
			[3, 4],
			[1, 2],
		];
		expect(ordinalAlpha(panel).alpha).toBeCloseTo(ordinalAlpha([...panel].reverse()).alpha!, 10);
		expect(ordinalAlpha(panel).alpha).toBeCloseTo(ordinalAlpha([...panel].sort((a, b) => a[0]! - b[0]!)).alpha!, 10);
	});
	it('measures agreement from a single competency rated by two interviewers', () => {
		// Units [1, 2]: D_o = 2 × d(1,2) = 2, D_e = 2 × 1 × 1 × 1 / (2 − 1) = 2: alpha 0, no better than chance.
		expect(ordinalAlpha([[1, 2]])).toMatchObject({ alpha: 0, pairable: 2 });
		expect(ordinalAlpha([[3, 3]])).toMatchObject({ alpha: null, pairable: 2 });
	});
	it('ranks by the values used: a panel using only 2 and 4 agrees as one using 1 and 2', () => {
		const a = ordinalAlpha([
			[2, 4],
			[4, 4],
			[2, 2],
		]).alpha;
		const b = ordinalAlpha([
			[1, 2],
			[2, 2],
			[1, 1],
		]).alpha;
		expect(a).not.toBeNull();
		expect(a).toBeCloseTo(b!, 10);
	});
});

describe('readAlpha', () => {
	it('puts each cut-off in the higher band', () => {
		expect(readAlpha(0.8)).toBe('Strong agreement: the panel saw the candidate the same way.');
		expect(readAlpha(0.7999)).toBe('Moderate agreement: discuss the flagged competencies before deciding.');
		expect(readAlpha(0.667)).toMatch(/^Moderate/);
		expect(readAlpha(0.6669)).toBe(
			'Weak agreement: the panel disagrees on several competencies; talk through the evidence before any decision.',
		);
		expect(readAlpha(0)).toMatch(/^Weak/);
		expect(readAlpha(-0.0001)).toBe(
			'Systematic disagreement (worse than chance): interviewers may be reading the rubric differently; calibrate before deciding.',
		);
	});
	it("reads alpha with Krippendorff's 0.8 and 0.667 cut-offs", () => {
		expect(readAlpha(0.85)).toMatch(/^Strong/);
		expect(readAlpha(0.7)).toMatch(/^Moderate/);
		expect(readAlpha(0.3)).toMatch(/^Weak/);
		expect(readAlpha(-0.2)).toMatch(/^Systematic/);
	});
});

describe('agreementReading: never contradicts the spread table (#17)', () => {
	const read = (units: (number | null)[][], flagged: string[] = []) =>
		agreementReading(ordinalAlpha(units), units, flagged);
	it('says the statistic cannot judge below MIN_PAIRABLE paired ratings', () => {
		expect(MIN_PAIRABLE).toBe(10);
		expect(
			read([
				[1, 1],
				[4, 4],
			]),
		).toBe(
			'Only 4 paired ratings: alpha needs at least 10, so the statistic cannot judge agreement here; read the spread table instead.',
		);
		expect(
			read(
				[
					[1, 3],
					[4, 4],
				],
				['A'],
			),
		).toMatch(
			/cannot judge agreement here; read the spread table instead\. The spread table flags A for discussion: start there\.$/,
		);
		expect(read([[3], [2]])).toMatch(/^Not enough ratings/);
	});
	it('says the statistic cannot judge when almost every rating is the same', () => {
		const units = [
			[3, 3, 3],
			[3, 3, 3],
			[3, 3, 3],
			[3, 3, 2],
		];
		expect(read(units)).toBe(
			'11 of 12 paired ratings are the same value: with almost no variation, the statistic cannot judge agreement here; read the spread table instead.',
		);
		expect(
			read([
				[3, 3, 3],
				[3, 3, 3],
				[3, 3, 3],
				[3, 3, 3],
			]),
		).toMatch(/^12 of 12 paired ratings are the same value/);
		expect(NEAR_CONSTANT_SHARE).toBe(0.9);
		// 9 of 10: exactly at the share, still too little variation.
		expect(
			read([
				[3, 3],
				[3, 3],
				[3, 3],
				[3, 3],
				[3, 2],
			]),
		).toMatch(/^9 of 10 paired ratings/);
	});
	it('reads each band, with or without flagged competencies, in words that agree with the flags', () => {
		const strong = [
			[1, 1],
			[2, 2],
			[3, 3],
			[4, 4],
			[2, 2],
		];
		expect(read(strong)).toBe('Strong agreement: the panel saw the candidate the same way.');
		expect(read(strong, ['A', 'B'])).toBe(
			'Strong agreement overall, but the spread table flags A and B: discuss them before deciding.',
		);
		expect(read(strong, ['A'])).toBe(
			'Strong agreement overall, but the spread table flags A: discuss it before deciding.',
		);
		const moderate = [
			[1, 2],
			[2, 3],
			[3, 4],
			[4, 3],
			[1, 1],
			[4, 4],
		];
		const m = ordinalAlpha(moderate).alpha!;
		expect(m).toBeGreaterThanOrEqual(0.667);
		expect(m).toBeLessThan(0.8);
		expect(read(moderate)).toMatch(/^Moderate agreement: the spread table flags no competency/);
		expect(read(moderate, ['A', 'B', 'C'])).toBe('Moderate agreement: discuss A, B and C before deciding.');
		const weak = [
			[1, 2],
			[2, 1],
			[3, 4],
			[4, 3],
			[2, 3],
			[3, 2],
		];
		const w = ordinalAlpha(weak).alpha!;
		expect(w).toBeGreaterThanOrEqual(0);
		expect(w).toBeLessThan(0.667);
		expect(read(weak)).toMatch(/^Weak agreement: the spread table flags no competency/);
		expect(read(weak, ['A'])).toBe(
			'Weak agreement: the panel disagrees on A; talk through the evidence before any decision.',
		);
		const worse = [
			[1, 4],
			[4, 1],
			[1, 4],
			[4, 1],
			[2, 3],
		];
		expect(read(worse, ['A'])).toMatch(
			/^Systematic disagreement.*The spread table flags A for discussion: start there\.$/,
		);
	});
	it('counts only paired ratings: a competency one interviewer rated, or nobody, adds nothing', () => {
		expect(read([[1, 2]])).toMatch(/^Only 2 paired ratings/);
		const varied = [
			[1, 2],
			[2, 3],
			[3, 4],
			[4, 3],
			[1, 1],
			[4, 4],
		];
		const singles = Array.from({ length: 30 }, () => [3, null]);
		expect(read([...varied, ...singles])).toBe(read(varied));
		expect(read([...varied, ...singles])).toMatch(/^Moderate agreement/);
	});
});
