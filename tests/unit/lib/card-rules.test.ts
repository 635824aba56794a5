import { describe, expect, it } from 'vitest';
import { cardProblem, cardProblems, type CardShape } from '../../../src/lib/card-rules.ts';

const card = (weights: CardShape['weights'], extra: Partial<CardShape> = {}): CardShape => ({
	weights,
	thresholds: { pass: 3, hold: 2.5 },
	minCoverage: 0.75,
	...extra,
});
const w = (competency: string, weight: number, mustHave = false, minRating: number | null = null) => ({
	competency,
	weight,
	mustHave,
	minRating,
});

describe('cardProblem: what a tool says', () => {
	it('accepts positive whole weights summing to 100 and names each problem otherwise', () => {
		expect(cardProblem(card([w('a', 60), w('b', 40)]))).toBeNull();
		expect(cardProblem(card([w('a', 60), w('b', 30)]))).toBe(
			'Weights sum to 90; they must sum to exactly 100 before the calculator will score.',
		);
		expect(cardProblem(card([w('a', 100.5)]))).toBe('The weight of a must be a positive whole number.');
		expect(cardProblem(card([]))).toBe('Add at least one competency.');
		expect(cardProblem(card([w('a', 100), w('b', 0)]))).toBe('The weight of b must be a positive whole number.');
		expect(cardProblem(card([w('a', 110), w('b', -10)]))).toBe('The weight of b must be a positive whole number.');
		expect(cardProblem(card([w('a', 1)]))).toBe(
			'Weights sum to 1; they must sum to exactly 100 before the calculator will score.',
		);
		expect(cardProblem(card([w('a', Number.NaN)]))).toBe('The weight of a must be a positive whole number.');
	});
	it('names a competency weighted twice and a must-have with no minimum', () => {
		expect(cardProblem(card([w('a', 50), w('a', 50)]))).toBe('a is weighted twice; weight each competency once.');
		expect(cardProblem(card([w('a', 100, true)]))).toBe('a is a must-have and needs a minimum rating of 1 to 4.');
		expect(cardProblem(card([w('a', 100, true, 3)]))).toBeNull();
	});
	it('keeps thresholds in order within the scale, and the coverage within 0 to 100%', () => {
		const order = 'Thresholds must satisfy 1 ≤ hold ≤ pass ≤ 4.';
		expect(cardProblem(card([w('a', 100)], { thresholds: { pass: 3, hold: 3.5 } }))).toBe(order);
		expect(cardProblem(card([w('a', 100)], { thresholds: { pass: 4.5, hold: 3 } }))).toBe(order);
		expect(cardProblem(card([w('a', 100)], { thresholds: { pass: 3, hold: 0.5 } }))).toBe(order);
		expect(cardProblem(card([w('a', 100)], { thresholds: { pass: 3, hold: 3 } }))).toBeNull();
		expect(cardProblem(card([w('a', 100)], { thresholds: { pass: 4, hold: 1 } }))).toBeNull();
		expect(cardProblem(card([w('a', 100)], { minCoverage: 1.01 }))).toBe(
			'The minimum coverage must be between 0 and 100%.',
		);
		expect(cardProblem(card([w('a', 100)], { minCoverage: -0.01 }))).toBe(
			'The minimum coverage must be between 0 and 100%.',
		);
		expect(cardProblem(card([w('a', 100)], { minCoverage: 0 }))).toBeNull();
		expect(cardProblem(card([w('a', 100)], { minCoverage: 1 }))).toBeNull();
	});
	it('keeps a bar-raiser rule to what the card can meet', () => {
		const bar = (count: number, among: string) => ({ barRaiser: { rating: 4, count, among } });
		expect(cardProblem(card([w('a', 100)], bar(1, 'must-haves')))).toBe(
			'The bar-raiser rule counts must-haves, but this card has none.',
		);
		expect(cardProblem(card([w('a', 100)], bar(2, 'any')))).toBe(
			'The bar-raiser rule asks for 2 competencies, but the card weights only 1.',
		);
		expect(cardProblem(card([w('a', 100)], bar(1, 'any')))).toBeNull();
		expect(cardProblem(card([w('a', 100, true, 3)], bar(1, 'must-haves')))).toBeNull();
	});
});

describe('cardProblems: what a build error says', () => {
	it('gives the field path, the value and the schema’s words for each problem', () => {
		expect(cardProblems(card([w('a', 60), w('a', 50, true)], { thresholds: { pass: 3, hold: 3.2 } }))).toEqual([
			{
				rule: 'weighted-once',
				path: ['weights', 1, 'competency'],
				value: 'a',
				expected: 'each competency to be weighted once; this one appears twice',
				advice: 'a is weighted twice; weight each competency once.',
			},
			{
				rule: 'must-have-minimum',
				path: ['weights', 1, 'minRating'],
				value: undefined,
				expected: 'a minRating (1 to 4) because this competency is a must-have',
				advice: 'a is a must-have and needs a minimum rating of 1 to 4.',
			},
			{
				rule: 'weights-sum',
				path: ['weights'],
				value: 110,
				expected: 'weights that sum to exactly 100, but they sum to 110',
				advice: 'Weights sum to 110; they must sum to exactly 100 before the calculator will score.',
			},
			{
				rule: 'thresholds-order',
				path: ['thresholds', 'hold'],
				value: 3.2,
				expected: 'the hold threshold to be at most the pass threshold (3)',
				advice: 'Thresholds must satisfy 1 ≤ hold ≤ pass ≤ 4.',
			},
		]);
		expect(cardProblems(card([w('a', 0)]))).toMatchObject([{ rule: 'weight', path: ['weights', 0, 'weight'] }]);
		expect(cardProblems(card([w('a', 100)], { thresholds: { pass: 5, hold: 0 } }))).toMatchObject([
			{ rule: 'threshold-range', path: ['thresholds', 'pass'], value: 5, expected: 'a number from 1 to 4' },
			{ rule: 'threshold-range', path: ['thresholds', 'hold'], value: 0 },
		]);
		expect(cardProblems(card([w('a', 100)], { minCoverage: 2 }))).toMatchObject([
			{ rule: 'coverage-range', path: ['minCoverage'], value: 2, expected: 'a number from 0 to 1, e.g. 0.75' },
		]);
		expect(cardProblems(card([]))).toMatchObject([
			{ rule: 'competencies', path: ['weights'], expected: 'at least one weighted competency' },
		]);
	});
});
