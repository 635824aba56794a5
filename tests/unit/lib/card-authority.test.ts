import { describe, expect, it } from 'vitest';
import { cardDifferences, judge, readExport, readLink, readStored } from '../../../src/lib/card-authority.ts';
import { emptyState, toExport, toFragment, type CalculatorState } from '../../../src/lib/calculator-state.ts';
import { score, type ScoringCard } from '../../../src/lib/scoring.ts';

// The shape of backend-engineer-mid: security a must-have at 3.
const handbookCard: ScoringCard = {
	weights: [
		{ competency: 'python', weight: 40, mustHave: false, minRating: null },
		{ competency: 'testing', weight: 30, mustHave: false, minRating: null },
		{ competency: 'security', weight: 30, mustHave: true, minRating: 3 },
	],
	thresholds: { pass: 3, hold: 2.5 },
	minCoverage: 0.75,
};
const handbook = (id: string) => (id === 'backend-mid' ? { title: 'Backend (mid)', card: handbookCard } : undefined);
const label = (id: string) => id[0]!.toUpperCase() + id.slice(1);
const EVIDENCE = 'Strong system design answer; the coding round was cut short by a network outage.';

/** A forged copy: pass at 1, security no longer a must-have. */
const forged: ScoringCard = {
	...handbookCard,
	weights: handbookCard.weights.map((w) => ({ ...w, mustHave: false, minRating: null })),
	thresholds: { pass: 1, hold: 1 },
};
const mostlyOnes: CalculatorState = {
	...emptyState('backend-mid', forged),
	interviewer: 'Mallory',
	ratings: { python: 1, testing: 1, security: 2 },
};

describe('a link or file that names a handbook scorecard is scored by the handbook', () => {
	it('a forged link cannot pass a candidate rated mostly 1: the handbook’s card decides, and the page says why', () => {
		expect(score(forged, mostlyOnes.ratings).outcome).toBe('pass');
		const r = readLink(toFragment(mostlyOnes, true), handbook, label);
		expect(r?.ok).toBe(true);
		const judged = r!.ok ? r!.value : null;
		expect(judged!.source).toBe('handbook');
		expect(judged!.state.card).toEqual(handbookCard);
		expect(score(judged!.state.card, judged!.state.ratings).outcome).toBe('decline');
		expect(judged!.differences).toEqual([
			'Security is not a must-have here; in the handbook it is, at 3 or above',
			'the pass threshold is 1.00 here, 3.00 in the handbook',
			'the hold threshold is 1.00 here, 2.50 in the handbook',
		]);
		expect(judged!.notices[0]).toBe(
			'This link carries its own copy of “Backend (mid)”, which differs from the handbook’s: Security is not a must-have here; in the handbook it is, at 3 or above; the pass threshold is 1.00 here, 3.00 in the handbook; the hold threshold is 1.00 here, 2.50 in the handbook. The handbook’s version decides: the ratings are scored by it.',
		);
	});
	it('a tampered export is judged the same way', () => {
		const r = readExport(JSON.stringify(toExport(mostlyOnes)), handbook, label);
		expect(r.ok && r.value.state.card).toEqual(handbookCard);
		expect(r.ok && r.value.notices[0]).toMatch(/^This file carries its own copy of “Backend \(mid\)”/);
	});
	it('names changed weights, minimums, coverage, the bar-raiser and competencies added or missing', () => {
		const carried: ScoringCard = {
			weights: [
				{ competency: 'python', weight: 50, mustHave: false },
				{ competency: 'security', weight: 30, mustHave: true, minRating: 2 },
				{ competency: 'design', weight: 20, mustHave: true, minRating: 3 },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.5,
			barRaiser: { rating: 4, count: 1, among: 'any' },
		};
		expect(cardDifferences(carried, handbookCard, label)).toEqual([
			'Python weighs 50 here, 40 in the handbook',
			'Testing is missing (the handbook weights it 30)',
			'Security needs 2 here, 3 in the handbook',
			'Design is weighted here but not on the handbook’s card',
			'the minimum coverage is 50% here, 75% in the handbook',
			'the bar-raiser is at least one 4 on any competency here, no bar-raiser rule in the handbook',
		]);
		expect(
			cardDifferences(
				{ ...handbookCard, weights: handbookCard.weights.map((w) => ({ ...w, mustHave: true, minRating: 2 })) },
				handbookCard,
				label,
			),
		).toEqual([
			'Python is a must-have here; in the handbook it is not',
			'Testing is a must-have here; in the handbook it is not',
			'Security needs 2 here, 3 in the handbook',
		]);
		expect(cardDifferences(handbookCard, handbookCard, label)).toEqual([]);
	});
	it('leaves out ratings of competencies the handbook does not weight, and says so', () => {
		const extra: ScoringCard = {
			...handbookCard,
			weights: [
				{ competency: 'python', weight: 30, mustHave: false },
				{ competency: 'testing', weight: 30, mustHave: false },
				{ competency: 'security', weight: 30, mustHave: true, minRating: 3 },
				{ competency: 'design', weight: 10, mustHave: false },
			],
		};
		const state = {
			...emptyState('backend-mid', extra),
			ratings: { python: 3, design: 4 } as const,
			notes: { design: 'x' },
		};
		const j = judge(state, handbook, label, 'file');
		expect(Object.keys(j.state.ratings)).toEqual(['python']);
		expect(Object.keys(j.state.notes)).toEqual([]);
		expect(j.notices[1]).toBe('The ratings of Design were left out: the handbook’s scorecard does not weight it.');
	});
	it('removes an override written against a different result, and says so', () => {
		const withOverride = {
			...mostlyOnes,
			ratings: { python: 3, testing: 3, security: 3 } as const,
			override: { outcome: 'hold' as const, evidence: EVIDENCE, signedOffBy: 'Dana' },
			card: { ...handbookCard, thresholds: { pass: 2, hold: 1 } },
		};
		// Same result under both cards (pass): the override stays.
		expect(judge(withOverride, handbook, label, 'link').state.override).not.toBeNull();
		const lower = { ...withOverride, ratings: { python: 2, testing: 2, security: 3 } as const };
		const j = judge(lower, handbook, label, 'link');
		expect(j.state.override).toBeNull();
		expect(j.notices[1]).toBe(
			'The override to Hold signed off by Dana was removed: it was written against a result of Pass, and by the handbook’s scorecard the result is Decline.',
		);
	});
	it('takes a matching copy without a word', () => {
		const same = { ...mostlyOnes, card: handbookCard };
		expect(judge(same, handbook, label, 'link')).toEqual({
			state: same,
			source: 'handbook',
			differences: [],
			notices: [],
		});
	});
});

describe('custom scorecards', () => {
	it('labels a custom card as custom, scored by its own definition', () => {
		const custom = { ...mostlyOnes, scorecard: 'custom' };
		const j = judge(custom, handbook, label, 'link');
		expect(j.source).toBe('custom');
		expect(j.state.card).toEqual(forged);
		expect(j.notices).toEqual([
			'This link carries a custom scorecard: its weights and thresholds are its own, not the handbook’s.',
		]);
		expect(judge(custom, handbook, label, 'saved work').notices).toEqual([]);
	});
	it('treats a scorecard this handbook does not have as custom, and says so', () => {
		const j = judge({ ...mostlyOnes, scorecard: 'backend-junior' }, handbook, label, 'file');
		expect(j.source).toBe('custom');
		expect(j.state.scorecard).toBe('custom');
		expect(j.notices[0]).toMatch(/^This file names a scorecard “backend-junior” that this handbook does not have/);
	});
});

describe('readLink', () => {
	it('ignores in-page anchors, refuses damaged state, and says when a link carried ratings only', () => {
		expect(readLink('#main', handbook, label)).toBeNull();
		expect(readLink('#s=%%', handbook, label)).toMatchObject({ ok: false });
		const same = { ...mostlyOnes, card: handbookCard };
		const r = readLink(toFragment(same, false), handbook, label);
		expect(r).toMatchObject({ ok: true, value: { ratingsOnly: true } });
		expect(r!.ok && r!.value.notices).toEqual([
			'This link carries ratings only: no evidence notes, names or override came with it.',
		]);
		expect(readLink(toFragment(same, true), handbook, label)).toMatchObject({
			ok: true,
			value: { ratingsOnly: false, notices: [] },
		});
	});
	it('passes a refused export through unchanged', () => {
		expect(readExport('nope', handbook, label)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^This is not JSON/),
		});
	});
});

describe('readStored: saved work against the handbook as it is now', () => {
	const saved = { ...mostlyOnes, card: handbookCard };
	it('reads saved work back as it was', () => {
		expect(readStored(JSON.stringify(saved), 'backend-mid', handbook, label)).toEqual({ state: saved, notices: [] });
		expect(readStored(null, 'backend-mid', handbook, label)).toEqual({ state: null, notices: [] });
	});
	it('says what changed since the work was saved, and keeps what it can', () => {
		const old = { ...saved, card: { ...handbookCard, minCoverage: 0.5 } };
		const r = readStored(JSON.stringify(old), 'backend-mid', handbook, label);
		expect(r.state?.card).toEqual(handbookCard);
		expect(r.state?.ratings).toEqual(saved.ratings);
		expect(r.notices).toEqual([
			'This scorecard changed since your ratings were saved: the minimum coverage is 50% here, 75% in the handbook. The handbook’s current version decides; ratings of competencies it still weights were kept.',
		]);
	});
	it('refuses unreadable work and work saved under the wrong scorecard, with a message', () => {
		expect(readStored('{"scorecard": 42}', 'backend-mid', handbook, label)).toEqual({
			state: null,
			notices: [
				'Ratings saved earlier for this scorecard could not be read (the scorecard id is missing or malformed), so the calculator starts afresh.',
			],
		});
		expect(readStored('not json', 'backend-mid', handbook, label).notices[0]).toMatch(
			/could not be read \(expected a JSON object\)/,
		);
		expect(readStored(JSON.stringify(saved), 'general', handbook, label)).toEqual({
			state: null,
			notices: [
				'Ratings saved under this scorecard belong to another one (“backend-mid”), so the calculator starts afresh.',
			],
		});
	});
});

describe('an override of an incomplete result (#17)', () => {
	it('is removed, with a message, whatever carried it', () => {
		const override = { outcome: 'pass' as const, evidence: EVIDENCE, signedOffBy: 'Dana' };
		const state = { ...emptyState('backend-mid', handbookCard), ratings: { python: 4 } as const, override };
		for (const carrier of ['link', 'file', 'saved work'] as const) {
			const j = judge(state, handbook, label, carrier);
			expect(j.state.override).toBeNull();
			expect(j.notices).toEqual([
				'The override to Pass signed off by Dana was removed: the result is incomplete, and an incomplete result cannot be overridden.',
			]);
		}
		const complete = { ...state, ratings: { python: 3, testing: 3, security: 3 } as const };
		expect(judge(complete, handbook, label, 'link').state.override).toEqual(override);
	});
});
