import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CALIBRATED_WITHIN,
	CLOSE_DISTANCE,
	formatDifference,
	formatTwo,
	raterResults,
	readRater,
	roundTwo,
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
		expect(mixed).toMatchObject({ meanDifference: 0, reading: 'scattered: errors in both directions cancel out' });
		expect(mixed!.meanAbsoluteDifference).toBeCloseTo(2 / 3);
		expect(absent).toMatchObject({ rated: 0, meanDifference: null, reading: 'no ratings yet' });
	});
	it('reads a difference of exactly 0.25 as calibrated, and just over as lenient', () => {
		const four = [1, 2, 3, 4].map((n) => ({ id: `s${n}`, title: '', reference: 2 as Rating }));
		const [edge] = raterResults(four, [{ name: 'x', ratings: { s1: 3, s2: 2, s3: 2, s4: 2 } }]);
		expect(edge).toMatchObject({ meanDifference: 0.25, reading: 'close to the reference' });
	});
	it('reads exactly −0.25 as calibrated and just under as severe; just over +0.25 as lenient', () => {
		const four = [1, 2, 3, 4].map((n) => ({ id: `s${n}`, title: '', reference: 2 as Rating }));
		const read = (ratings: Record<string, Rating>) => raterResults(four, [{ name: 'x', ratings }])[0]!;
		expect(read({ s1: 1, s2: 2, s3: 2, s4: 2 })).toMatchObject({
			meanDifference: -0.25,
			reading: 'close to the reference',
		});
		expect(read({ s1: 1, s2: 2, s3: 2 })).toMatchObject({ reading: 'severe' }); // −1/3
		expect(read({ s1: 3, s2: 2, s3: 2 })).toMatchObject({ reading: 'lenient' }); // +1/3
	});
	it('names each rater and counts only the samples rated on the scale', () => {
		const odd = { a: 5, b: 0, c: 4 } as unknown as Record<string, Rating>;
		expect(raterResults(samples, [{ name: 'Ana', ratings: odd }])).toEqual([
			{ name: 'Ana', rated: 1, meanDifference: 0, meanAbsoluteDifference: 0, reading: 'close to the reference' },
		]);
		expect(raterResults(samples, [{ name: 'Ben', ratings: { x: 3 } }])).toEqual([
			{ name: 'Ben', rated: 0, meanDifference: null, meanAbsoluteDifference: null, reading: 'no ratings yet' },
		]);
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

describe('sampleResults: edge cases', () => {
	it('gives a single rating no spread, flags a spread of exactly two, and ignores ratings off the scale', () => {
		const raters: WorkshopRater[] = [
			{ name: 'x', ratings: { a: 3, b: 1, c: 7 as Rating } },
			{ name: 'y', ratings: { b: 3 } },
		];
		expect(sampleResults(samples, raters).map((s) => [s.ratings, s.mean, s.spread, s.discuss])).toEqual([
			[[3], 3, 0, false],
			[[1, 3], 2, 2, true],
			[[], null, 0, false],
		]);
	});
});

describe('formatDifference', () => {
	it('rounds to two decimals before signing', () => {
		expect([0.004, -0.004, 0.005, -1.236, 3].map(formatDifference)).toEqual([
			'0.00',
			'0.00',
			'+0.01',
			'−1.24',
			'+3.00',
		]);
	});
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

describe('reading a rater from both means', () => {
	it('never calls a rater whose errors cancel close to the reference (+0.22 signed, 1.11 distance)', () => {
		const nine = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, title: '', reference: 2 as Rating }));
		// Differences +2, +2, +1, +1, −1, −1, −1, −1, 0: sum +2, distance 10, over 9 samples.
		const given = [4, 4, 3, 3, 1, 1, 1, 1, 2] as Rating[];
		const [r] = raterResults(nine, [{ name: 'x', ratings: Object.fromEntries(given.map((g, i) => [`s${i}`, g])) }]);
		expect(formatDifference(r!.meanDifference)).toBe('+0.22');
		expect(formatTwo(r!.meanAbsoluteDifference)).toBe('1.11');
		expect(r!.reading).toBe('scattered: errors in both directions cancel out');
	});
	it('reads the thresholds inclusively: within ±0.25 and at most 0.50 off is close', () => {
		expect([CALIBRATED_WITHIN, CLOSE_DISTANCE]).toEqual([0.25, 0.5]);
		expect(readRater(0.25, 0.5)).toBe('close to the reference');
		expect(readRater(-0.25, 0.5)).toBe('close to the reference');
		expect(readRater(0, 0.51)).toBe('scattered: errors in both directions cancel out');
		expect(readRater(0.26, 0.26)).toBe('lenient');
		expect(readRater(-0.26, 2)).toBe('severe');
		expect(readRater(null, null)).toBe('no ratings yet');
		expect(readRater(0, null)).toBe('no ratings yet');
		expect(readRater(null, 0)).toBe('no ratings yet');
	});
	it('reads a sample id that is an Object.prototype name as unrated, not as a function', () => {
		const proto = [{ id: 'constructor', title: 'C', reference: 3 as Rating }];
		expect(raterResults(proto, [{ name: 'x', ratings: {} }])[0]).toMatchObject({ rated: 0, reading: 'no ratings yet' });
		expect(sampleResults(proto, [{ name: 'x', ratings: {} }])[0]).toMatchObject({ ratings: [], mean: null });
	});
});

describe('rounding to two decimals', () => {
	it('rounds halves away from zero the same way on both sides', () => {
		expect([0.125, -0.125, 0.375, -0.375, 1.005, -1.005, 2.5, -2.5].map(roundTwo)).toEqual([
			0.13, -0.13, 0.38, -0.38, 1.01, -1.01, 2.5, -2.5,
		]);
		expect(formatDifference(-0.125)).toBe('−0.13');
		expect(formatDifference(0.125)).toBe('+0.13');
		expect(formatTwo(0.125)).toBe('0.13');
		expect(formatTwo(2.125)).toBe('2.13');
		expect(formatTwo(null)).toBe('–');
		expect(formatTwo(0)).toBe('0.00');
		expect(formatTwo(-0.001)).toBe('0.00');
		expect(roundTwo(0.0049)).toBe(0);
		expect(roundTwo(0)).toBe(0);
		expect(roundTwo(-0.004)).toBe(-0);
		expect(formatDifference(-0.004)).toBe('0.00');
		expect(formatDifference(0)).toBe('0.00');
		expect(roundTwo(-0.0051)).toBe(-0.01);
	});
	it('is symmetric for every eighth, third and sixth a workshop can produce', () => {
		fc.assert(
			fc.property(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 30 }), (k, n) => {
				const v = k / n;
				return roundTwo(-v) === -roundTwo(v) && formatDifference(-v).slice(1) === formatDifference(v).slice(1);
			}),
		);
	});
});
