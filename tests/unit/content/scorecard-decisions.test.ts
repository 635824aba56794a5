/**
 * The decisions every handbook scorecard gives, through the one scoring module the calculator,
 * the panel and the pages use: a candidate who meets the bar everywhere passes, and a must-have
 * that was never assessed can never give a pass, whatever else is rated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, type Rating } from '../../../src/lib/rating-scale.ts';
import { panelScore, score, sensitivity, type Ratings } from '../../../src/lib/scoring.ts';
import { loadEntries } from '../../support/content.ts';

const cards = loadEntries('scorecards');
const rating = fc.constantFrom(...RATINGS);

describe.each(cards.map((c) => [c.id, c.data] as const))('%s', (_id, card) => {
	const all = (r: Rating): Ratings => Object.fromEntries(card.weights.map((w) => [w.competency, r]));
	const mustHaves = card.weights.filter((w) => w.mustHave);

	it('passes a candidate rated 3 ("meets the bar for the level") on every competency, and says why', () => {
		const result = score(card, all(3));
		expect(result.outcome).toBe('pass');
		expect(result.reason).toBe('The composite 3.00 is at or above the pass threshold of 3.00.');
	});

	it('never passes while a must-have has no rating, whatever the other ratings (property)', () => {
		if (mustHaves.length === 0) return;
		fc.assert(
			fc.property(
				fc.array(rating, { minLength: card.weights.length, maxLength: card.weights.length }),
				fc.integer({ min: 0, max: mustHaves.length - 1 }),
				(values, skip) => {
					const ratings: Record<string, Rating | null> = Object.fromEntries(
						card.weights.map((w, i) => [w.competency, values[i]!]),
					);
					const before = score(card, ratings).outcome;
					ratings[mustHaves[skip]!.competency] = null;
					const after = score(card, ratings);
					expect(after.outcome).not.toBe('pass');
					// Un-assessing a must-have never turns a decline into anything better than incomplete.
					if (before === 'decline') expect(['decline', 'incomplete']).toContain(after.outcome);
					// The sensitivity readout never suggests un-assessing anything.
					for (const change of sensitivity(card, ratings)) expect(change.to).not.toBeNull();
				},
			),
			{ numRuns: 300 },
		);
	});

	it('names the unassessed must-have in the reason', () => {
		if (mustHaves.length === 0) return;
		const ratings: Ratings = { ...all(4), [mustHaves[0]!.competency]: null };
		const result = score(card, ratings);
		expect(result.outcome).toBe('incomplete');
		expect(result.reason).toContain(`${mustHaves[0]!.competency} is a must-have and has no rating`);
	});

	it('a panel of three all-3 interviewers decides as one all-3 interviewer does', () => {
		expect(panelScore(card, [all(3), all(3), all(3)]).outcome).toBe(score(card, all(3)).outcome);
	});
});

it('there are scorecards to check', () => {
	expect(cards.length).toBeGreaterThanOrEqual(10);
});
