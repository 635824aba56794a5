/** The decision rules that cannot be gamed: must-haves, the pass line, bar-raisers and panels. */
import { describe, expect, it } from 'vitest';
import {
	barRaiserWords,
	decisionRules,
	panelScore,
	score,
	sensitivity,
	type ScoringCard,
} from '../../../src/lib/scoring.ts';

const card: ScoringCard = {
	weights: [
		{ competency: 'security', weight: 30, mustHave: true, minRating: 3 },
		{ competency: 'testing', weight: 40, mustHave: false },
		{ competency: 'web-apis', weight: 30, mustHave: false },
	],
	thresholds: { pass: 3, hold: 2.6 },
	minCoverage: 0.5,
};
const raised: ScoringCard = { ...card, barRaiser: { rating: 4, count: 1, among: 'must-haves' } };
const label = (id: string) => id.toUpperCase();

describe('score', () => {
	it('gives no outcome while a must-have has no rating, even with full marks elsewhere and coverage met', () => {
		const s = score(card, { testing: 4, 'web-apis': 4 }, label);
		expect(s.outcome).toBe('incomplete');
		expect(s.reason).toBe('SECURITY is a must-have and has no rating: there is no outcome until it is assessed.');
		expect(s.unassessedMustHaves).toEqual(['security']);
	});

	it('names every unassessed must-have', () => {
		const two: ScoringCard = {
			...card,
			weights: card.weights.map((w) => (w.competency === 'testing' ? { ...w, mustHave: true, minRating: 2 } : w)),
		};
		expect(score(two, { 'web-apis': 4 }, label).reason).toBe(
			'SECURITY and TESTING are must-haves and have no rating: there is no outcome until they are assessed.',
		);
	});

	it('declines on a must-have below its minimum even when another must-have is unrated', () => {
		const two: ScoringCard = {
			...card,
			weights: card.weights.map((w) => (w.competency === 'testing' ? { ...w, mustHave: true, minRating: 2 } : w)),
		};
		expect(score(two, { security: 2, 'web-apis': 4 }).outcome).toBe('decline');
	});

	it('turns a decline into incomplete, never a pass, when the failed must-have is un-assessed', () => {
		expect(score(card, { security: 2, testing: 4, 'web-apis': 4 }).outcome).toBe('decline');
		expect(score(card, { security: null, testing: 4, 'web-apis': 4 }).outcome).toBe('incomplete');
	});

	it('passes at exactly 3.00 and holds just below it', () => {
		expect(score(card, { security: 3, testing: 3, 'web-apis': 3 }).outcome).toBe('pass');
		expect(score(card, { security: 3, testing: 3, 'web-apis': 2 }).outcome).toBe('hold');
	});

	it('holds a pass-line composite that misses the bar-raiser, and passes once it is met', () => {
		const held = score(raised, { security: 3, testing: 4, 'web-apis': 4 }, label);
		expect(held.outcome).toBe('hold');
		expect(held.reason).toContain('also asks for at least one 4 on a must-have');
		expect(held.reason).toContain('none is rated 4 or above yet');
		expect(score(raised, { security: 4, testing: 3, 'web-apis': 3 }).outcome).toBe('pass');
	});

	it('counts the bar-raiser among all competencies when the card says any', () => {
		const any: ScoringCard = { ...card, barRaiser: { rating: 4, count: 2, among: 'any' } };
		expect(score(any, { security: 3, testing: 4, 'web-apis': 3 }).outcome).toBe('hold');
		expect(score(any, { security: 3, testing: 4, 'web-apis': 4 }).outcome).toBe('pass');
		expect(score(any, { security: 3, testing: 4, 'web-apis': 3 }).reason).toContain('only 1 is');
	});
});

describe('sensitivity', () => {
	it('offers only one-point changes to assessed ratings, never un-assessing one or assessing a new one', () => {
		const changes = sensitivity(card, { security: 3, testing: 3, 'web-apis': null });
		expect(changes.length).toBeGreaterThan(0);
		for (const c of changes) {
			expect(c.to).not.toBeNull();
			expect(Math.abs(c.to - c.from)).toBe(1);
		}
		expect(changes.some((c) => c.competency === 'web-apis')).toBe(false);
	});
});

describe('bar-raiser and rules in words', () => {
	it('states each rule the way the page and the calculator show it', () => {
		expect(barRaiserWords({ rating: 4, count: 1, among: 'must-haves' })).toBe('at least one 4 on a must-have');
		expect(barRaiserWords({ rating: 4, count: 2, among: 'any' })).toBe(
			'at least 2 ratings of 4 among all competencies',
		);
		const rules = decisionRules(raised, label);
		expect(rules.join(' ')).toContain('SECURITY (at least 3)');
		expect(rules.join(' ')).toContain('No outcome while a must-have has no rating');
		expect(rules.join(' ')).toContain('Pass at a composite of 3.00 or above, with at least one 4 on a must-have');
		expect(rules.join(' ')).toContain('decline below 2.60');
		expect(decisionRules({ ...card, weights: card.weights.slice(1) }, label).join(' ')).not.toContain('must-have');
	});
});

describe('panelScore', () => {
	it('does not let one severe rater decline a strong candidate: 3, 3, 2 on a must-have at 3 with 4s elsewhere passes', () => {
		const sheets = [
			{ security: 3, testing: 4, 'web-apis': 4 },
			{ security: 3, testing: 4, 'web-apis': 4 },
			{ security: 2, testing: 4, 'web-apis': 4 },
		] as const;
		const p = panelScore(card, sheets, label);
		expect(p.outcome).toBe('pass');
		expect(p.steps[0]).toBe(
			'1 of 3 interviewers rated SECURITY below its minimum of 3: fewer than half, so it does not decline on its own; discuss the evidence.',
		);
		expect(p.steps.at(-1)).toBe(p.reason);
	});

	it('declines when more than half of those who rated a must-have put it below its minimum', () => {
		const p = panelScore(card, [
			{ security: 2, testing: 4, 'web-apis': 4 },
			{ security: 2, testing: 4, 'web-apis': 4 },
			{ security: 4, testing: 4, 'web-apis': 4 },
		]);
		expect(p.outcome).toBe('decline');
		expect(p.reason).toContain('2 of 3 interviewers rated security below its minimum of 3');
	});

	it('holds an even split on a must-have until the panel has discussed it', () => {
		const p = panelScore(card, [
			{ security: 2, testing: 4, 'web-apis': 4 },
			{ security: 4, testing: 4, 'web-apis': 4 },
		]);
		expect(p.outcome).toBe('hold');
		expect(p.reason).toContain('split evenly on the must-have security');
	});

	it('is incomplete when no interviewer rated a must-have', () => {
		expect(panelScore(card, [{ testing: 4, 'web-apis': 4 }, { testing: 3 }]).outcome).toBe('incomplete');
	});

	it('uses the mean of each competency, leaving out interviewers who did not rate it', () => {
		const p = panelScore(card, [
			{ security: 3, testing: 4 },
			{ security: 3, testing: 2, 'web-apis': 3 },
		]);
		// (30 × 3 + 40 × 3 + 30 × 3) / 100
		expect(p.composite).toBe(3);
		expect(p.steps).toContain(
			'Composite of the mean ratings, weighted as on the scorecard: 3.00, with 100% of the weight assessed by at least one interviewer.',
		);
	});

	it('counts the bar-raiser on mean ratings: every interviewer must have given the 4', () => {
		expect(
			panelScore(raised, [
				{ security: 4, testing: 3, 'web-apis': 3 },
				{ security: 3, testing: 3, 'web-apis': 3 },
			]).outcome,
		).toBe('hold');
		expect(
			panelScore(raised, [
				{ security: 4, testing: 3, 'web-apis': 3 },
				{ security: 4, testing: 3, 'web-apis': 3 },
			]).outcome,
		).toBe('pass');
	});
});

describe('a bar-raiser travels with an export', () => {
	it('round-trips through parseState and refuses a malformed one with a message', async () => {
		const { parseState, toExport, emptyState } = await import('../../../src/lib/calculator-state.ts');
		const state = {
			...emptyState('platform', raised),
			ratings: { security: 3 as const, testing: 4 as const, 'web-apis': 4 as const },
		};
		const back = parseState(JSON.parse(JSON.stringify(toExport(state, new Date('2026-12-01')))));
		expect(back.ok && back.value.card.barRaiser).toEqual({ rating: 4, count: 1, among: 'must-haves' });
		expect(back.ok && score(back.value.card, back.value.ratings).outcome).toBe('hold');
		const bad = JSON.parse(JSON.stringify(toExport(state, new Date('2026-12-01'))));
		bad.card.barRaiser.among = 'everyone';
		const refused = parseState(bad);
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.error).toContain('bar-raiser rule');
	});
});

describe('messages about a refused export end with one full stop', () => {
	it('even when the reason is itself a sentence', async () => {
		const { parseState, toExport, emptyState } = await import('../../../src/lib/calculator-state.ts');
		const bad = JSON.parse(JSON.stringify(toExport(emptyState('x', card), new Date('2026-12-01'))));
		bad.card.weights[0].weight = 20;
		const refused = parseState(bad);
		expect(!refused.ok && refused.error).toMatch(
			/weights sum to 90; they must sum to exactly 100 before the calculator will score\.$/,
		);
		expect(!refused.ok && refused.error).not.toMatch(/\.\.$/);
	});
});
