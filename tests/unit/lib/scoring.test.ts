import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/lib/rating-scale.ts';
import {
	DECISIONS,
	formulaInWords,
	hundredthsOf,
	ifNotAssessed,
	isDecision,
	OUTCOME_LABEL,
	OUTCOMES,
	panelScore,
	percentOf,
	OUTCOME_RANK,
	score,
	sensitivity,
	type Outcome,
	type Ratings,
	type SensitiveRating,
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
		const s = score(general, { tech: 4, problem: 4, team: 3 }, (id) => id);
		expect(s.coverage).toBe(0.85);
		expect(score({ ...general, minCoverage: 0.9 }, { tech: 4, problem: 4, team: 3 }).reason).toBe(
			'Only 85% of the weight is assessed; the scorecard needs at least 90% before it gives an outcome.',
		);
	});
	it('is incomplete while a must-have has no rating, and names it', () => {
		const s = score(general, { tech: 4, problem: 4 });
		expect(s.outcome).toBe('incomplete');
		expect(s.coverage).toBe(0.7);
		expect(s.unassessedMustHaves).toEqual(['team']);
		expect(s.reason).toBe('team is a must-have and has no rating: there is no outcome until it is assessed.');
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

describe('score: what the reason says', () => {
	it('names every must-have below its minimum, by its id unless given titles', () => {
		const s = score(general, { tech: 2, problem: 4, comms: 4, team: 1 });
		expect(s.vetoes).toEqual(['tech', 'team']);
		expect(s.reason).toBe(
			'Decline whatever the composite: a must-have is below its minimum (tech is rated 2, below its minimum of 3; team is rated 1, below its minimum of 2).',
		);
	});
	it('explains a hold and a decline on the composite with both thresholds to two decimals', () => {
		const card: ScoringCard = { ...general, thresholds: { pass: 3.5, hold: 3 } };
		expect(score(card, { tech: 3, problem: 3, comms: 4, team: 4 }).reason).toBe(
			'The composite 3.30 is below the pass threshold of 3.50 but at or above the hold threshold of 3.00: gather more evidence before deciding.',
		);
		expect(score(card, { tech: 3, problem: 2, comms: 2, team: 2 })).toMatchObject({
			composite: 2.4,
			outcome: 'decline',
			reason: 'The composite 2.40 is below the hold threshold of 3.00.',
		});
	});
	it('is not passed with a must-have that is not assessed, nor vetoed by one rated exactly at its minimum', () => {
		const card: ScoringCard = { ...general, minCoverage: 0.6 };
		expect(score(card, { problem: 4, comms: 4, team: 4 })).toMatchObject({ outcome: 'incomplete', vetoes: [] });
		expect(score(card, { tech: 3, problem: 4, comms: 4, team: 2 })).toMatchObject({ outcome: 'pass', vetoes: [] });
	});
	it('ignores a minimum on a competency that is not a must-have', () => {
		const card: ScoringCard = {
			...general,
			weights: general.weights.map((w) => (w.competency === 'tech' ? { ...w, mustHave: false } : w)),
		};
		expect(score(card, { tech: 2, problem: 4, comms: 4, team: 4 })).toMatchObject({ vetoes: [], outcome: 'pass' });
	});
	it('reports coverage as 0, not a division by zero, for a card with no competencies', () => {
		const empty: ScoringCard = { weights: [], thresholds: { pass: 3, hold: 2 }, minCoverage: 0 };
		expect(score(empty, {})).toMatchObject({ composite: null, coverage: 0, totalWeight: 0, outcome: 'incomplete' });
		expect(score(empty, {}).reason).toBe(
			'Only 0% of the weight is assessed; the scorecard needs at least 0% before it gives an outcome.',
		);
	});
	it('reports the assessed and total weight', () => {
		expect(score(general, { tech: 3, comms: null, team: 2 })).toMatchObject({ assessedWeight: 55, totalWeight: 100 });
	});
});

describe('formulaInWords', () => {
	it('says what the composite will be before anything is assessed', () => {
		expect(formulaInWords(general, { tech: null })).toBe(
			'Nothing assessed yet: the composite is the weighted mean of the ratings given.',
		);
	});
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
		// Un-assessing is never offered as a way to change the outcome.
		expect(changes.every((c) => c.to !== null)).toBe(true);
	});
	it('leaves an unassessed competency out: assessing it is not a one-point change', () => {
		const changes = sensitivity({ ...general, minCoverage: 0.5 }, { tech: 3, problem: 3, team: 3 });
		expect(changes.filter((c) => c.competency === 'comms')).toEqual([]);
		expect(changes.length).toBeGreaterThan(0);
	});
	it('tries a rating of 1 and of 4, the ends of the scale', () => {
		const card: ScoringCard = { ...general, minCoverage: 0 };
		// 3.25, a pass: tech down to 3 gives 2.85 and without tech 2.75 (holds); problem down to 2
		// gives 2.95; comms down to 2 still passes (3.10); team down to 1 breaks its minimum.
		expect(sensitivity(card, { tech: 4, problem: 3, comms: 3, team: 2 })).toEqual([
			{ competency: 'tech', from: 4, to: 3, outcome: 'hold' },
			{ competency: 'problem', from: 3, to: 2, outcome: 'hold' },
			{ competency: 'team', from: 2, to: 1, outcome: 'decline' },
		]);
		// 2.70, a hold: problem up from 1 to 2 gives 3.00, a pass.
		expect(sensitivity(card, { tech: 3, problem: 1, comms: 4, team: 4 })).toContainEqual({
			competency: 'problem',
			from: 1,
			to: 2,
			outcome: 'pass',
		});
	});
	it('is empty when no single change matters', () => {
		const card: ScoringCard = { ...general, minCoverage: 0 };
		expect(sensitivity(card, { tech: 4, problem: 4, comms: 4, team: 4 })).toEqual([]);
	});
});

describe('OUTCOME_RANK', () => {
	it('orders decline below hold below pass', () => {
		expect(OUTCOME_RANK).toEqual({ decline: 0, hold: 1, pass: 2 });
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

/** Whether the assessed weight reaches the minimum coverage, in whole percent (the arbitraries use whole percent). */
function coverageMet(card: ScoringCard, ratings: Ratings): boolean {
	const total = card.weights.reduce((s, w) => s + w.weight, 0);
	const assessed = card.weights.filter((w) => ratings[w.competency] != null).reduce((s, w) => s + w.weight, 0);
	return assessed > 0 && assessed * 100 >= Math.round(card.minCoverage * 100) * total;
}

/**
 * The outcomes the decision rules allow, restated from the calculator's text: decline when a rated
 * must-have is below its minimum; otherwise incomplete while a must-have has no rating or below the
 * minimum coverage; otherwise the
 * composite, the weighted mean of the ratings given rounded to two decimals, against the pass and
 * hold thresholds. Computed in whole numbers; an exact half hundredth may round either way.
 */
function decisions(card: ScoringCard, ratings: Ratings): Outcome[] {
	const rated = card.weights.filter((w) => ratings[w.competency] != null);
	if (rated.some((w) => w.mustHave && w.minRating != null && ratings[w.competency]! < w.minRating)) return ['decline'];
	if (card.weights.some((w) => w.mustHave && ratings[w.competency] == null)) return ['incomplete'];
	if (!coverageMet(card, ratings)) return ['incomplete'];
	const num = 100 * rated.reduce((s, w) => s + w.weight * ratings[w.competency]!, 0);
	const den = rated.reduce((s, w) => s + w.weight, 0);
	const floor = Math.floor(num / den);
	const twice = 2 * (num - floor * den);
	const hundredths = twice < den ? [floor] : twice > den ? [floor + 1] : [floor, floor + 1];
	const pass = Math.round(card.thresholds.pass * 100);
	const hold = Math.round(card.thresholds.hold * 100);
	return hundredths.map((h) => (h >= pass ? 'pass' : h >= hold ? 'hold' : 'decline'));
}

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
					// Lifting a vetoed must-have may reveal another that has no rating yet.
					if (after.outcome === 'incomplete') return before.outcome === 'decline';
					return (
						after.composite! >= before.composite! &&
						OUTCOME_RANK[after.outcome as 'pass'] >= OUTCOME_RANK[before.outcome as 'pass']
					);
				},
			),
			{ numRuns: 1000 },
		);
	});
	it('a must-have below its minimum always declines, whatever the coverage (rule restated, not the module)', () => {
		let vetoed = 0;
		fc.assert(
			fc.property(
				cardArb.chain((card) => fc.tuple(fc.constant(card), ratingsFor(card))),
				([card, ratings]) => {
					// "Decline whatever the composite": a must-have competency, rated, below its minimum.
					const below = card.weights
						.filter((w) => w.mustHave && w.minRating != null)
						.filter((w) => ratings[w.competency] != null && ratings[w.competency]! < w.minRating!)
						.map((w) => w.competency);
					const s = score(card, ratings);
					if (below.length === 0) return !s.reason.startsWith('Decline whatever the composite');
					vetoed += 1;
					expect(s.vetoes).toEqual(below);
					expect(s.reason).toMatch(/^Decline whatever the composite: a must-have is below its minimum \(.+\)\.$/);
					return s.outcome === 'decline';
				},
			),
			{ numRuns: 1000 },
		);
		// The rule is exercised, not only vacuously true.
		expect(vetoed).toBeGreaterThan(50);
	});
	it('decides every outcome as the decision rules state (an independent oracle)', () => {
		fc.assert(
			fc.property(
				cardArb.chain((card) => fc.tuple(fc.constant(card), ratingsFor(card))),
				([card, ratings]) => {
					const s = score(card, ratings);
					expect(decisions(card, ratings)).toContain(s.outcome);
				},
			),
			{ numRuns: 1000 },
		);
	});
	it('sensitivity finds every single one-step change that changes the outcome (brute force)', () => {
		fc.assert(
			fc.property(
				cardArb.chain((card) => fc.tuple(fc.constant(card), ratingsFor(card))),
				([card, ratings]) => {
					const now = score(card, ratings).outcome;
					// Every rating for every assessed competency; keep the one-point moves. Assessing or
					// un-assessing a competency is not a one-point change and is never offered.
					const all: SensitiveRating[] = [];
					for (const w of card.weights) {
						const from = ratings[w.competency] ?? null;
						if (from === null) continue;
						for (const to of [1, 2, 3, 4] as const) {
							if (Math.abs(to - from) !== 1) continue;
							const outcome = score(card, { ...ratings, [w.competency]: to }).outcome;
							if (outcome !== now) all.push({ competency: w.competency, from, to, outcome });
						}
					}
					const key = (c: SensitiveRating) => `${c.competency}:${c.from}>${c.to}=${c.outcome}`;
					const found = sensitivity(card, ratings).map(key);
					expect(found.length).toBe(new Set(found).size);
					expect([...found].sort()).toEqual(all.map(key).sort());
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

describe('defects from issue #17', () => {
	it('scores a competency whose id is an Object.prototype name like any other', () => {
		const card: ScoringCard = {
			weights: [
				{ competency: 'constructor', weight: 50, mustHave: false },
				{ competency: 'testing', weight: 50, mustHave: false },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.5,
		};
		const s = score(card, { testing: 3 });
		expect(s.composite).toBe(3);
		expect(s.assessedWeight).toBe(50);
		expect(formulaInWords(card, { testing: 3 })).toBe(
			'(50 × 3) ÷ (50); competencies not assessed are left out of both sums.',
		);
		expect(sensitivity(card, { testing: 3 }).every((c) => c.competency === 'testing')).toBe(true);
	});
	it('rounds a composite at an exact half up, as written on paper (1.025 → 1.03)', () => {
		const card: ScoringCard = {
			weights: [
				{ competency: 'a', weight: 1, mustHave: false },
				{ competency: 'b', weight: 39, mustHave: false },
				{ competency: 'c', weight: 60, mustHave: false },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.4,
		};
		// (1 × 2 + 39 × 1) / 40 = 1.025 exactly; in floating point 1.025 × 100 is 102.49999…
		expect(score(card, { a: 2, b: 1 }).composite).toBe(1.03);
	});
});

describe('ifNotAssessed (#17)', () => {
	it('names assessed competencies the outcome rests on, never a must-have', () => {
		const card: ScoringCard = { ...general, minCoverage: 0.5 };
		// 3.00 → pass. Without comms (rated 4), (120 + 90 + 30) / 85 = 2.82: a hold.
		const ratings = { tech: 3, problem: 3, comms: 4, team: 2 } as const;
		expect(score(card, ratings).outcome).toBe('pass');
		expect(ifNotAssessed(card, ratings)).toEqual([{ competency: 'comms', outcome: 'hold' }]);
		expect(ifNotAssessed(card, { tech: 3, problem: 3, comms: 3, team: 3 })).toEqual([]);
		expect(ifNotAssessed(card, { tech: 3, team: 3 })).toEqual([]);
		// Without problem the coverage falls to 70%, below the 85% minimum; without comms it is 85%.
		expect(ifNotAssessed(general, { tech: 3, problem: 3, comms: 3, team: 3 })).toEqual([
			{ competency: 'problem', outcome: 'incomplete' },
		]);
	});
	it('words every outcome the same way everywhere', () => {
		expect(OUTCOMES).toEqual(['incomplete', 'decline', 'hold', 'pass']);
		expect(OUTCOMES.map((o) => OUTCOME_LABEL[o])).toEqual(['Incomplete', 'Decline', 'Hold', 'Pass']);
		expect(DECISIONS.every((d) => isDecision(d))).toBe(true);
		expect(isDecision('incomplete')).toBe(false);
		expect(percentOf(1, 8)).toBe('13%');
		expect(percentOf(0, 0)).toBe('0%');
		expect(hundredthsOf(41, 40)).toBe(103);
		expect(hundredthsOf(2.5, 1)).toBe(250);
	});
	it('rounds a panel composite of means exactly as one interviewer’s', () => {
		const card: ScoringCard = {
			weights: [
				{ competency: 'a', weight: 1, mustHave: false },
				{ competency: 'b', weight: 39, mustHave: false },
				{ competency: 'c', weight: 60, mustHave: false },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.4,
		};
		expect(panelScore(card, [{ a: 2, b: 1 }]).composite).toBe(1.03);
		expect(
			panelScore(card, [
				{ a: 2, b: 1 },
				{ a: 2, b: 1 },
			]).composite,
		).toBe(1.03);
		// a: mean 3 (2, 4); b: mean 4/3 over 39; (3 + 52) / 40 = 1.375 → 1.38.
		expect(panelScore(card, [{ a: 2, b: 1 }, { a: 4, b: 1 }, { b: 2 }]).composite).toBe(1.38);
	});
});
