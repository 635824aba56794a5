import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/lib/calculator-state.ts';
import { panelProblem, summarisePanel } from '../../../src/lib/panel.ts';
import type { ScoringCard } from '../../../src/lib/scoring.ts';

const card: ScoringCard = {
	weights: [
		{ competency: 'a', weight: 60, mustHave: false },
		{ competency: 'b', weight: 40, mustHave: false },
	],
	thresholds: { pass: 3, hold: 2.5 },
	minCoverage: 0.5,
};
const rater = (name: string, a: 1 | 2 | 3 | 4 | null, b: 1 | 2 | 3 | 4 | null) => ({
	...emptyState('x', card),
	interviewer: name,
	ratings: { a, b },
});

describe('summarisePanel', () => {
	it('shows each rating, the mean and the spread, and flags spreads of two or more', () => {
		const p = summarisePanel(card, [rater('Ana', 4, 3), rater('Ben', 2, 3), rater('Cy', 3, null)]);
		expect(p.rows).toEqual([
			{ competency: 'a', weight: 60, ratings: [4, 2, 3], mean: 3, spread: 2, discuss: true },
			{ competency: 'b', weight: 40, ratings: [3, 3, null], mean: 3, spread: 0, discuss: false },
		]);
		expect(p.interviewers.map((i) => [i.name, i.composite, i.outcome])).toEqual([
			['Ana', 3.6, 'pass'],
			['Ben', 2.4, 'decline'],
			['Cy', 3, 'pass'],
		]);
		expect(p.composite).toBe(3);
		expect(p.agreement.alpha).not.toBeNull();
	});
});

describe('panelProblem', () => {
	it('refuses exports of different scorecards with a message naming both', () => {
		const other = { ...rater('Dee', 3, 3), scorecard: 'y' };
		expect(panelProblem([rater('Ana', 4, 3), other])).toBe(
			'These exports are for different scorecards ("x" and "y"); a panel compares ratings of one scorecard.',
		);
		expect(panelProblem([rater('Ana', 4, 3), rater('Ben', 1, 1)])).toBeNull();
	});
});

describe('panelProblem: one version of one scorecard', () => {
	it('refuses exports of the same scorecard with different weights, and with different thresholds', () => {
		const reweighted: ScoringCard = {
			...card,
			weights: [
				{ competency: 'a', weight: 50, mustHave: false },
				{ competency: 'b', weight: 50, mustHave: false },
			],
		};
		const message =
			'Two exports of "x" use different weights or thresholds; ask everyone to export from the same version of the scorecard.';
		expect(panelProblem([rater('Ana', 4, 3), { ...rater('Ben', 2, 3), card: reweighted }])).toBe(message);
		const stricter = { ...card, thresholds: { pass: 3.5, hold: 2.5 } };
		expect(panelProblem([rater('Ana', 4, 3), rater('Ben', 2, 3), { ...rater('Cy', 3, 3), card: stricter }])).toBe(
			message,
		);
	});
	it('has nothing to say about no exports or a single one', () => {
		expect(panelProblem([])).toBeNull();
		expect(panelProblem([rater('Ana', 4, 3)])).toBeNull();
	});
});

describe('summarisePanel: edge cases an interviewer sees', () => {
	it('names unnamed interviewers by their place, and shows an override as the final outcome', () => {
		const overridden = {
			...rater('', 2, 2),
			override: { outcome: 'pass' as const, evidence: 'x'.repeat(40), signedOffBy: 'Dana' },
		};
		const p = summarisePanel(card, [rater('Ana', 4, 4), overridden]);
		expect(p.interviewers).toEqual([
			{ name: 'Ana', composite: 4, outcome: 'pass', finalOutcome: 'pass' },
			{ name: 'Interviewer 2', composite: 2, outcome: 'decline', finalOutcome: 'pass' },
		]);
	});
	it('flags a spread of exactly two, not of one; a single rating has no spread', () => {
		const p = summarisePanel(card, [rater('Ana', 1, 4), rater('Ben', 3, 3)]);
		expect(p.rows.map((r) => [r.spread, r.discuss])).toEqual([
			[2, true],
			[1, false],
		]);
		const single = summarisePanel(card, [rater('Ana', 4, null)]);
		expect(single.rows.map((r) => [r.mean, r.spread, r.discuss])).toEqual([
			[4, 0, false],
			[null, 0, false],
		]);
	});
	it('weights the mean ratings as the scorecard does, to two decimals, and leaves out what nobody assessed', () => {
		// a: mean (4 + 3 + 3) / 3 = 3.333…, weight 60; b: mean 2, weight 40 → (200 + 80) / 100 = 2.8.
		const p = summarisePanel(card, [rater('Ana', 4, 2), rater('Ben', 3, null), rater('Cy', 3, 2)]);
		expect(p.composite).toBe(2.8);
		// Only a assessed: the composite is a's mean, 3.67, not diluted by the unassessed b.
		expect(summarisePanel(card, [rater('Ana', 4, null), rater('Ben', 3, null), rater('Cy', 4, null)]).composite).toBe(
			3.67,
		);
		const nobody = summarisePanel(card, [rater('Ana', null, null)]);
		expect(nobody.composite).toBeNull();
		expect(nobody.agreement.alpha).toBeNull();
	});
	it('measures agreement over the competencies, interviewers as coders', () => {
		const p = summarisePanel(card, [rater('Ana', 1, 3), rater('Ben', 2, 3)]);
		// Same panel as the hand-computed alpha in agreement.test.ts: units [1, 2] and [3, 3].
		expect(p.agreement.alpha).toBeCloseTo(1 - 2 / 12, 10);
		expect(p.agreement.pairable).toBe(4);
	});
});

describe('defects from issue #17', () => {
	const four: ScoringCard = {
		weights: ['a', 'b', 'c', 'd'].map((competency) => ({ competency, weight: 25, mustHave: false })),
		thresholds: { pass: 3, hold: 2.5 },
		minCoverage: 0.5,
	};
	const sheet = (name: string, r: (1 | 2 | 3 | 4)[]) => ({
		...emptyState('x', four),
		interviewer: name,
		ratings: { a: r[0]!, b: r[1]!, c: r[2]!, d: r[3]! },
	});
	it('refuses the same export twice', () => {
		expect(panelProblem([sheet('Alice', [3, 3, 3, 3]), sheet('Alice', [3, 3, 3, 3])])).toMatch(/already/);
	});
	it('does not call 11 agreeing ratings out of 12 weak agreement: alpha cannot judge when nothing varies', () => {
		const p = summarisePanel(four, [sheet('A', [3, 3, 3, 3]), sheet('B', [3, 3, 3, 3]), sheet('C', [3, 3, 3, 2])]);
		expect(p.agreement.reading).not.toMatch(/weak agreement|disagrees/i);
		expect(p.agreement.reading).toMatch(/cannot judge agreement here/);
	});
	it('does not claim strong agreement from a handful of paired ratings', () => {
		const p = summarisePanel(card, [rater('Ana', 1, 4), rater('Ben', 1, 4)]);
		expect(p.agreement.reading).not.toMatch(/strong agreement/i);
		expect(p.agreement.reading).toMatch(/cannot judge agreement here/);
	});
});
