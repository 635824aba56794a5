import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatDifference,
	raterResults,
	sampleResults,
	type WorkshopRater,
	type WorkshopSample,
} from '../../../src/lib/calibration-stats.ts';
import type { Rating } from '../../../src/lib/rating-scale.ts';

const samples: WorkshopSample[] = [
	{ id: 'a', title: 'A', reference: 3 },
	{ id: 'b', title: 'B', reference: 1 },
	{ id: 'c', title: 'C', reference: 4 },
];

describe('raterResults', () => {
	it('computes mean signed and absolute differences by hand-checked example', () => {
		const raters: WorkshopRater[] = [
			{ name: 'Lenient', ratings: { a: 4, b: 2, c: 4 } }, // +1, +1, 0 → +0.67
			{ name: 'Severe', ratings: { a: 2, b: 1 } }, //  −1, 0 → −0.5
			{ name: 'Mixed', ratings: { a: 4, b: 1, c: 3 } }, // +1, 0, −1 → 0, distance 0.67
			{ name: 'Absent', ratings: {} },
		];
		const [lenient, severe, mixed, absent] = raterResults(samples, raters);
		expect(lenient).toMatchObject({ rated: 3, reading: 'lenient' });
		expect(lenient!.meanDifference).toBeCloseTo(2 / 3);
		expect(severe).toMatchObject({ rated: 2, meanDifference: -0.5, meanAbsoluteDifference: 0.5, reading: 'severe' });
		expect(mixed).toMatchObject({ meanDifference: 0, reading: 'close to the reference' });
		expect(mixed!.meanAbsoluteDifference).toBeCloseTo(2 / 3);
		expect(absent).toMatchObject({ rated: 0, meanDifference: null, reading: 'no ratings yet' });
	});
	it('reads a difference of exactly 0.25 as calibrated, and just over as lenient', () => {
		const four = [1, 2, 3, 4].map((n) => ({ id: `s${n}`, title: '', reference: 2 as Rating }));
		const [edge] = raterResults(four, [{ name: 'x', ratings: { s1: 3, s2: 2, s3: 2, s4: 2 } }]);
		expect(edge).toMatchObject({ meanDifference: 0.25, reading: 'close to the reference' });
	});
	it('the mean difference always lies within −3 and +3 and is zero for a rater who matches the reference', () => {
		const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
		fc.assert(
			fc.property(fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 20 }), (pairs) => {
				const s = pairs.map(([ref], i) => ({ id: `s${i}`, title: '', reference: ref }));
				const given = Object.fromEntries(pairs.map(([, r], i) => [`s${i}`, r]));
				const exact = Object.fromEntries(pairs.map(([ref], i) => [`s${i}`, ref]));
				const [r, e] = raterResults(s, [
					{ name: 'r', ratings: given },
					{ name: 'e', ratings: exact },
				]);
				return (
					r!.meanDifference! >= -3 &&
					r!.meanDifference! <= 3 &&
					e!.meanDifference === 0 &&
					r!.meanAbsoluteDifference! >= Math.abs(r!.meanDifference!)
				);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('sampleResults', () => {
	it('gives each sample its ratings, mean and spread, flagging spreads of two or more', () => {
		const raters: WorkshopRater[] = [
			{ name: 'x', ratings: { a: 4, b: 1 } },
			{ name: 'y', ratings: { a: 2, b: 2 } },
			{ name: 'z', ratings: { a: 3 } },
		];
		expect(sampleResults(samples, raters)).toEqual([
			{ id: 'a', title: 'A', reference: 3, ratings: [4, 2, 3], mean: 3, spread: 2, discuss: true },
			{ id: 'b', title: 'B', reference: 1, ratings: [1, 2], mean: 1.5, spread: 1, discuss: false },
			{ id: 'c', title: 'C', reference: 4, ratings: [], mean: null, spread: 0, discuss: false },
		]);
	});
});

describe('formatDifference', () => {
	it('signs differences with a true minus and two decimals', () => {
		expect([0.5, -0.25, 0, 2 / 3, null, -0.001].map(formatDifference)).toEqual([
			'+0.50',
			'−0.25',
			'0.00',
			'+0.67',
			'–',
			'0.00',
		]);
	});
});
