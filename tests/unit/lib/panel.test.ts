import { describe, expect, it } from 'vitest';
import { emptyState, toExport } from '../../../src/lib/calculator-state.ts';
import { addToPanel, loadPanel, panelProblem, savePanel, summarisePanel } from '../../../src/lib/panel.ts';
import type { Rating } from '../../../src/lib/rating-scale.ts';
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
			override: {
				outcome: 'pass' as const,
				evidence: 'Seen twice in pairing; the take-home was strong.',
				signedOffBy: 'Dana',
			},
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

describe('addToPanel: each file judged alone (#17)', () => {
	const hb: ScoringCard = {
		weights: [
			{ competency: 'a', weight: 60, mustHave: true, minRating: 3 },
			{ competency: 'b', weight: 40, mustHave: false, minRating: null },
		],
		thresholds: { pass: 3, hold: 2.5 },
		minCoverage: 0.5,
	};
	const handbook = (id: string) => (id === 'x' ? { title: 'X', card: hb } : undefined);
	const label = (id: string) => id.toUpperCase();
	const file = (name: string, a: Rating, b: Rating, c: ScoringCard = hb) =>
		JSON.stringify(toExport({ ...emptyState('x', c), interviewer: name, ratings: { a, b } }));
	const forged: ScoringCard = { ...hb, thresholds: { pass: 1, hold: 1 } };
	it('a forged export imported first does not block the honest ones, and is scored by the handbook', () => {
		const first = addToPanel([], file('Mallory', 1, 1, forged), 'mallory.json', handbook, label);
		expect(first.ok).toBe(true);
		const entries = first.ok ? [first.entry] : [];
		expect(entries[0]!.state.card).toEqual(hb);
		expect(entries[0]!.notices[0]).toMatch(/^This file carries its own copy of “X”, which differs/);
		const honest = addToPanel(entries, file('Ana', 3, 3), 'ana.json', handbook, label);
		expect(honest).toMatchObject({ ok: true, entry: { file: 'ana.json', notices: [] } });
	});
	it('names the file it refuses, and refuses the same export twice or a second one from one interviewer', () => {
		const one = addToPanel([], file('Ana', 3, 3), 'ana.json', handbook, label);
		const entries = one.ok ? [one.entry] : [];
		expect(addToPanel(entries, file('Ana', 3, 3), 'copy of ana.json', handbook, label)).toEqual({
			ok: false,
			error: 'Could not import copy of ana.json: it is the same export as interviewer 1’s, already in the panel.',
		});
		expect(addToPanel(entries, file(' ana ', 4, 4), 'ana-2.json', handbook, label)).toEqual({
			ok: false,
			error:
				'Could not import ana-2.json: ana is already in the panel; remove that column first to replace it with this export.',
		});
		expect(addToPanel(entries, 'nonsense', 'notes.txt', handbook, label)).toEqual({
			ok: false,
			error:
				'Could not import notes.txt: This is not JSON. Paste or choose the .json file that the calculator exported.',
		});
		expect(addToPanel(entries, file('', 3, 2), 'unnamed.json', handbook, label).ok).toBe(true);
	});
	it('saves and restores a panel, naming every saved export it cannot restore', () => {
		const a = addToPanel([], file('Ana', 3, 3), 'ana.json', handbook, label);
		const b = a.ok ? addToPanel([a.entry], file('Ben', 2, 3), 'ben.json', handbook, label) : a;
		const entries = a.ok && b.ok ? [a.entry, b.entry] : [];
		const back = loadPanel(savePanel(entries), handbook, label);
		expect(back).toEqual({ entries, notices: [] });
		const damaged = JSON.stringify([
			...JSON.parse(savePanel(entries)),
			{ file: 'x.json', text: '{}' },
			7,
			file('Cy', 3, 3),
		]);
		const r = loadPanel(damaged, handbook, label);
		expect(r.entries.map((e) => e.state.interviewer)).toEqual(['Ana', 'Ben', 'Cy']);
		expect(r.entries[2]!.file).toBe('saved export 5');
		expect(r.notices).toEqual([
			'Dropped the saved x.json: This JSON is not a rubric calculator export (its "format" field is missing or different).',
			'The saved export 4 was not an export and was dropped.',
		]);
		expect(loadPanel('{"not": "a list"}', handbook, label)).toEqual({
			entries: [],
			notices: ['The panel saved earlier could not be read; start again by importing the exports.'],
		});
		expect(loadPanel(null, handbook, label)).toEqual({ entries: [], notices: [] });
	});
	it('reads agreement without contradicting the spread table', () => {
		const six: ScoringCard = {
			weights: ['a', 'b', 'c', 'd', 'e'].map((competency) => ({ competency, weight: 20, mustHave: false })),
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.5,
		};
		const s = (r: Rating[]) => ({
			...emptyState('x', six),
			ratings: Object.fromEntries(r.map((v, i) => ['abcde'[i]!, v])),
		});
		const varied = summarisePanel(six, [s([1, 2, 3, 4, 4]), s([1, 2, 3, 4, 4]), s([1, 2, 3, 4, 2])], label);
		expect(varied.rows.filter((r) => r.discuss).map((r) => r.competency)).toEqual(['e']);
		expect(varied.agreement.reading).toBe('Moderate agreement: discuss E before deciding.');
		const same = summarisePanel(six, [s([1, 2, 3, 4, 4]), s([1, 2, 3, 4, 4])], label);
		expect(same.agreement.reading).toBe('Strong agreement: the panel saw the candidate the same way.');
	});
});
