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
