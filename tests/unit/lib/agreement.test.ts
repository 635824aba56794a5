import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordinalAlpha, readAlpha } from '../../../src/lib/agreement.ts';
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

describe('readAlpha', () => {
	it("reads alpha with Krippendorff's 0.8 and 0.667 cut-offs", () => {
		expect(readAlpha(0.85)).toMatch(/^Strong/);
		expect(readAlpha(0.7)).toMatch(/^Moderate/);
		expect(readAlpha(0.3)).toMatch(/^Weak/);
		expect(readAlpha(-0.2)).toMatch(/^Systematic/);
	});
});
