import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/lib/rating-scale.ts';
import {
	formulaInWords,
	OUTCOME_RANK,
	score,
	sensitivity,
	weightProblem,
	type Ratings,
	type ScoringCard,
} from '../../../src/lib/scoring.ts';

// The general scorecard's shape: 40/30/15/15, technical knowledge a must-have at 3.
const general: ScoringCard = {
	weights: [
		{ competency: 'tech', weight: 40, mustHave: true, minRating: 3 },
		{ competency: 'problem', weight: 30, mustHave: false },
		{ competency: 'comms', weight: 15, mustHave: false },
		{ competency: 'team', weight: 15, mustHave: true, minRating: 2 },
	],
	thresholds: { pass: 3, hold: 2.6 },
	minCoverage: 0.85,
};

describe('score: hand-computed cases', () => {
	it('weights the ratings: (40×3 + 30×4 + 15×2 + 15×3) / 100 = 3.15 → pass', () => {
		const s = score(general, { tech: 3, problem: 4, comms: 2, team: 3 });
		expect(s).toMatchObject({ composite: 3.15, coverage: 1, outcome: 'pass', vetoes: [] });
		expect(s.reason).toBe('The composite 3.15 is at or above the pass threshold of 3.00.');
	});
	it('leaves a competency that was not assessed out of the denominator, never as a zero', () => {
		// (40×3 + 30×3 + 15×3) / 85 = 3 exactly; coverage 85% meets the minimum.
		const s = score(general, { tech: 3, problem: 3, comms: null, team: 3 });
		expect(s).toMatchObject({ composite: 3, coverage: 0.85, outcome: 'pass' });
	});
	it('is incomplete while coverage is below the minimum, and says so', () => {
		const s = score(general, { tech: 4, problem: 4 });
		expect(s.outcome).toBe('incomplete');
		expect(s.coverage).toBe(0.7);
		expect(s.reason).toBe(
			'Only 70% of the weight is assessed; the scorecard needs at least 85% before it gives an outcome.',
		);
	});
	it('is incomplete when nothing is assessed, with no composite', () => {
		expect(score(general, {})).toMatchObject({ composite: null, coverage: 0, outcome: 'incomplete' });
	});
	it('declines on a must-have below its minimum whatever the composite', () => {
		const s = score(general, { tech: 2, problem: 4, comms: 4, team: 4 }, (id) => id.toUpperCase());
		expect(s.composite).toBe(3.2);
		expect(s.outcome).toBe('decline');
		expect(s.vetoes).toEqual(['tech']);
		expect(s.reason).toBe(
			'Decline whatever the composite: a must-have is below its minimum (TECH is rated 2, below its minimum of 3).',
		);
	});
	it('passes exactly at the pass threshold and holds exactly at the hold threshold', () => {
		expect(score(general, { tech: 3, problem: 3, comms: 3, team: 3 }).outcome).toBe('pass');
		// 40×3 + 30×2 + 15×2 + 15×2.  = 120 + 60 + 30 + 30 = 240 → 2.40 decline; find 2.60: 40×3+30×2+15×3+15×2=255 → 2.55
		const card: ScoringCard = { ...general, thresholds: { pass: 3, hold: 2.55 } };
		const held = score(card, { tech: 3, problem: 2, comms: 3, team: 2 });
		expect(held).toMatchObject({ composite: 2.55, outcome: 'hold' });
		expect(
			score({ ...card, thresholds: { pass: 3, hold: 2.56 } }, { tech: 3, problem: 2, comms: 3, team: 2 }).outcome,
		).toBe('decline');
	});
	it('rounds to two decimals before comparing, so the shown figure decides', () => {
		// 2 × 1 + 1 × 4 = 6 / 3 = 2.0; with weights 1 and 2: (1×3 + 2×4)/3 = 3.666… → 3.67
		const card: ScoringCard = {
			weights: [
				{ competency: 'a', weight: 1, mustHave: false },
				{ competency: 'b', weight: 2, mustHave: false },
			],
			thresholds: { pass: 3.67, hold: 3 },
			minCoverage: 0,
		};
		expect(score(card, { a: 3, b: 4 })).toMatchObject({ composite: 3.67, outcome: 'pass' });
	});
	it('handles a single competency and weights of 1 and 99', () => {
		const single: ScoringCard = {
			weights: [{ competency: 'x', weight: 100, mustHave: false }],
			thresholds: { pass: 3, hold: 2 },
			minCoverage: 1,
		};
		expect(score(single, { x: 2 })).toMatchObject({ composite: 2, outcome: 'hold' });
		const lopsided: ScoringCard = {
			weights: [
				{ competency: 'a', weight: 1, mustHave: false },
				{ competency: 'b', weight: 99, mustHave: false },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.5,
		};
		expect(score(lopsided, { a: 1, b: 4 })).toMatchObject({ composite: 3.97, outcome: 'pass' });
		expect(score(lopsided, { a: 4 })).toMatchObject({ coverage: 0.01, outcome: 'incomplete' });
	});
});

describe('formulaInWords', () => {
	it('spells out the sums over the assessed competencies only', () => {
		expect(formulaInWords(general, { tech: 3, comms: 2 })).toBe(
			'(40 × 3 + 15 × 2) ÷ (40 + 15); competencies not assessed are left out of both sums.',
		);
	});
});

describe('sensitivity', () => {
	it('lists the single one-point changes that would flip the outcome', () => {
		// 3.00 exactly: any single drop of a rated competency falls to hold or declines (must-have).
		const changes = sensitivity(general, { tech: 3, problem: 3, comms: 3, team: 3 });
		expect(changes).toContainEqual({ competency: 'tech', from: 3, to: 2, outcome: 'decline' });
		expect(changes).toContainEqual({ competency: 'problem', from: 3, to: 2, outcome: 'hold' });
		expect(changes.some((c) => c.to === 4)).toBe(false);
		// Un-assessing tech drops coverage to 60%: incomplete.
		expect(changes).toContainEqual({ competency: 'tech', from: 3, to: null, outcome: 'incomplete' });
	});
	it('is empty when no single change matters', () => {
		const card: ScoringCard = { ...general, minCoverage: 0 };
		expect(sensitivity(card, { tech: 4, problem: 4, comms: 4, team: 4 })).toEqual([]);
	});
});

describe('weightProblem', () => {
	it('accepts positive whole weights summing to 100 and names each problem otherwise', () => {
		expect(
			weightProblem([
				{ competency: 'a', weight: 60 },
				{ competency: 'b', weight: 40 },
			]),
		).toBeNull();
		expect(
			weightProblem([
				{ competency: 'a', weight: 60 },
				{ competency: 'b', weight: 30 },
			]),
		).toBe('Weights sum to 90; they must sum to exactly 100 before the calculator will score.');
		expect(weightProblem([{ competency: 'a', weight: 100.5 }])).toBe(
			'The weight of a must be a positive whole number.',
		);
		expect(weightProblem([])).toBe('Add at least one competency.');
	});
});

// Random scorecards: 1–7 competencies, positive weights, random must-haves and thresholds.
const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
const cardArb = fc
	.array(fc.record({ weight: fc.integer({ min: 1, max: 60 }), mustHave: fc.boolean(), minRating: rating }), {
		minLength: 1,
		maxLength: 7,
	})
	.chain((ws) =>
		fc.record({
			weights: fc.constant(ws.map((w, i) => ({ competency: `c${i}`, ...w }))),
			thresholds: fc
				.tuple(fc.integer({ min: 100, max: 400 }), fc.integer({ min: 100, max: 400 }))
				.map(([a, b]) => ({ pass: Math.max(a, b) / 100, hold: Math.min(a, b) / 100 })),
			minCoverage: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
		}),
	);
const ratingsFor = (card: ScoringCard) =>
	fc
		.tuple(...card.weights.map(() => fc.option(rating, { nil: null })))
		.map((rs) => Object.fromEntries(card.weights.map((w, i) => [w.competency, rs[i]])) as Ratings);

describe('score: properties (1,000 runs each)', () => {
	it('the composite lies within [1, 4] whenever anything is assessed, and coverage within [0, 1]', () => {
		fc.assert(
			fc.property(
				cardArb.chain((card) => fc.tuple(fc.constant(card), ratingsFor(card))),
				([card, ratings]) => {
					const s = score(card, ratings);
					const anyAssessed = Object.values(ratings).some((r) => r != null);
					return (
						s.coverage >= 0 &&
						s.coverage <= 1 &&
						(anyAssessed ? s.composite! >= 1 && s.composite! <= 4 : s.composite === null)
					);
				},
			),
			{ numRuns: 1000 },
		);
	});
	it('raising one rating never lowers the composite nor worsens the outcome', () => {
		fc.assert(
			fc.property(
				cardArb.chain((card) =>
					fc.tuple(fc.constant(card), ratingsFor(card), fc.integer({ min: 0, max: card.weights.length - 1 })),
				),
				([card, ratings, index]) => {
					const id = card.weights[index]!.competency;
					const r = ratings[id];
					if (r == null || r === 4) return true;
					const before = score(card, ratings);
					const after = score(card, { ...ratings, [id]: (r + 1) as Rating });
					if (before.outcome === 'incomplete') return after.outcome === 'incomplete';
					return (
						after.composite! >= before.composite! &&
						OUTCOME_RANK[after.outcome as 'pass'] >= OUTCOME_RANK[before.outcome as 'pass']
					);
				},
			),
			{ numRuns: 1000 },
		);
	});
	it('a must-have below its minimum always declines once coverage is met', () => {
		fc.assert(
			fc.property(
				cardArb.chain((card) => fc.tuple(fc.constant(card), ratingsFor(card))),
				([card, ratings]) => {
					const s = score(card, ratings);
					return s.outcome === 'incomplete' || s.vetoes.length === 0 || s.outcome === 'decline';
				},
			),
			{ numRuns: 1000 },
		);
	});
	it('every change sensitivity reports really changes the outcome', () => {
		fc.assert(
			fc.property(
				cardArb.chain((card) => fc.tuple(fc.constant(card), ratingsFor(card))),
				([card, ratings]) => {
					const now = score(card, ratings).outcome;
					return sensitivity(card, ratings).every(
						(c) => score(card, { ...ratings, [c.competency]: c.to }).outcome === c.outcome && c.outcome !== now,
					);
				},
			),
			{ numRuns: 1000 },
		);
	});
});
