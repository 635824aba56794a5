// The session's evidence travels in the JSON export, survives the panel's import and storage, and
// the panel lays each interviewer's evidence out per competency, largest spread first.
import { describe, expect, it } from 'vitest';
import { emptyState, toExport, type CalculatorState } from '../../../src/lib/calculator-state.ts';
import { panelEvidence } from '../../../src/lib/panel-evidence.ts';
import { addToPanel, loadPanel, savePanel, summarisePanel, type PanelEntry } from '../../../src/lib/panel.ts';
import type { Rating } from '../../../src/lib/rating-scale.ts';
import type { ScoringCard } from '../../../src/lib/scoring.ts';
import {
	HANDOFF_FORMAT,
	HANDOFF_VERSION,
	parseExportEvidence,
	type CompetencyEvidence,
	type SessionHandoff,
} from '../../../src/lib/session-handoff.ts';

const card: ScoringCard = {
	weights: [
		{ competency: 'a', weight: 60, mustHave: false, minRating: null },
		{ competency: 'b', weight: 40, mustHave: false, minRating: null },
	],
	thresholds: { pass: 3, hold: 2.5 },
	minCoverage: 0.5,
};
const handbook = (id: string) => (id === 'x' ? { title: 'X', card } : undefined);
const label = (id: string) => id.toUpperCase();
const aEvidence: CompetencyEvidence = {
	items: [
		{ question: 'LRU cache', kind: 'must-show', text: 'Names OrderedDict.move_to_end' },
		{ question: 'LRU cache', kind: 'note', text: 'Asked about threads unprompted', minute: 7 },
	],
	suggestion: { rating: 3, reason: 'All must-show points of the one question asked.' },
};
const session: SessionHandoff = {
	format: HANDOFF_FORMAT,
	version: HANDOFF_VERSION,
	scorecard: 'x',
	competencies: { a: aEvidence },
};
const state = (
	name: string,
	a: Rating | null,
	b: Rating | null,
	notes: Record<string, string> = {},
): CalculatorState => ({
	...emptyState('x', card),
	interviewer: name,
	ratings: { a, b },
	notes,
});
const add = (entries: PanelEntry[], text: string, file: string) => {
	const added = addToPanel(entries, text, file, handbook, label);
	if (!added.ok) throw new Error(added.error);
	return added.entry;
};

describe('the JSON export carries the session’s evidence', () => {
	it('only when the ratings followed a session', () => {
		const now = new Date('2026-12-02T09:00:00Z');
		expect(toExport(state('Ana', 3, 2), now, session).sessionEvidence).toEqual({ a: aEvidence });
		expect('sessionEvidence' in toExport(state('Ana', 3, 2), now)).toBe(false);
		expect('sessionEvidence' in toExport(state('Ana', 3, 2), now, null)).toBe(false);
	});
});

describe('parseExportEvidence', () => {
	it('reads none as null, and valid evidence as it was', () => {
		expect(parseExportEvidence(undefined, 'x', ['a', 'b'])).toEqual({ ok: true, value: null });
		expect(parseExportEvidence(null, 'x', ['a', 'b'])).toEqual({ ok: true, value: null });
		expect(parseExportEvidence({ a: aEvidence }, 'x', ['a', 'b'])).toEqual({ ok: true, value: { a: aEvidence } });
	});
	it('names the field and what was expected when it is damaged', () => {
		expect(parseExportEvidence('lots', 'x', ['a'])).toEqual({
			ok: false,
			error: 'sessionEvidence is not an object keyed by competency id',
		});
		expect(parseExportEvidence({ c: aEvidence }, 'x', ['a'])).toEqual({
			ok: false,
			error: 'sessionEvidence["c"] is not a competency of this scorecard',
		});
		const bad = { a: { ...aEvidence, items: [{ question: 'Q', kind: 'rumour', text: 't' }] } };
		expect(parseExportEvidence(bad, 'x', ['a'])).toEqual({
			ok: false,
			error: 'sessionEvidence["a"].items[0] is malformed; expected a question title, a kind, a text and a minute',
		});
	});
});

describe('the panel keeps each export’s evidence', () => {
	const withEvidence = JSON.stringify(toExport(state('Ana', 4, 3), new Date(), session));
	it('imports it, keeps it through storage, and leaves it out (saying so) when it is damaged', () => {
		const ana = add([], withEvidence, 'ana.json');
		expect(ana.evidence).toEqual({ a: aEvidence });
		expect(ana.notices).toEqual([]);
		const ben = add([ana], JSON.stringify(toExport(state('Ben', 2, 3))), 'ben.json');
		expect(ben.evidence).toBeNull();
		expect(loadPanel(savePanel([ana, ben]), handbook, label)).toEqual({ entries: [ana, ben], notices: [] });
		const damaged = JSON.stringify({ ...JSON.parse(withEvidence), sessionEvidence: { a: { items: 'all good' } } });
		const cy = add([], damaged, 'cy.json');
		expect(cy.evidence).toBeNull();
		expect(cy.state.ratings).toEqual({ a: 4, b: 3 });
		expect(cy.notices).toEqual([
			'The interview session’s evidence in cy.json was left out (sessionEvidence["a"].items is missing; expected a list); its ratings are in.',
		]);
	});
	it('reads evidence against the handbook’s card, not the copy the file carried', () => {
		const extra: ScoringCard = {
			...card,
			weights: [
				{ competency: 'a', weight: 50, mustHave: false, minRating: null },
				{ competency: 'b', weight: 30, mustHave: false, minRating: null },
				{ competency: 'z', weight: 20, mustHave: false, minRating: null },
			],
		};
		const forged = toExport({ ...state('Mal', 4, 4), card: extra }, new Date(), {
			...session,
			competencies: { z: aEvidence },
		});
		const mal = add([], JSON.stringify(forged), 'mal.json');
		expect(mal.state.card).toEqual(card);
		expect(mal.evidence).toBeNull();
		expect(mal.notices.at(-1)).toMatch(/sessionEvidence\["z"\] is not a competency of this scorecard/);
	});
});

describe('panelEvidence', () => {
	const entries = (states: CalculatorState[], evidence: (Record<string, CompetencyEvidence> | null)[]) =>
		states.map((s, i): PanelEntry => ({ state: s, file: `${i}.json`, notices: [], evidence: evidence[i] ?? null }));
	it('puts the largest spread first and keeps the scorecard’s order between equal spreads', () => {
		const states = [state('Ana', 3, 4), state('Ben', 3, 2)];
		const rows = panelEvidence(summarisePanel(card, states), entries(states, []));
		expect(rows.map((r) => [r.competency, r.spread, r.discuss])).toEqual([
			['b', 2, true],
			['a', 0, false],
		]);
		const level = [state('Ana', 3, 3), state('Ben', 3, 3)];
		expect(panelEvidence(summarisePanel(card, level), entries(level, [])).map((r) => r.competency)).toEqual(['a', 'b']);
	});
	it('gives every interviewer’s rating, note and session evidence, and marks a rating with no evidence', () => {
		const states = [state('Ana', 4, null, { a: '  Wrote the eviction test first. ' }), state('', 2, 3)];
		const [a, b] = panelEvidence(summarisePanel(card, states), entries(states, [{ a: aEvidence }, null]));
		expect(a!.interviewers).toEqual([
			{
				interviewer: 'Ana',
				rating: 4,
				note: 'Wrote the eviction test first.',
				items: aEvidence.items,
				suggestion: aEvidence.suggestion,
				unsupported: false,
			},
			{ interviewer: 'Interviewer 2', rating: 2, note: '', items: [], suggestion: null, unsupported: true },
		]);
		expect(b!.interviewers.map((i) => [i.rating, i.unsupported])).toEqual([
			[null, false],
			[3, true],
		]);
	});
	it('counts a note alone as evidence', () => {
		const states = [state('Ana', 3, 3, { a: 'Traced the failing fixture to its scope.' })];
		const [a] = panelEvidence(summarisePanel(card, states), entries(states, [null]));
		expect(a!.interviewers[0]!.unsupported).toBe(false);
	});
	it('counts session evidence alone as evidence', () => {
		const states = [state('Ana', 3, 3)];
		const [a] = panelEvidence(summarisePanel(card, states), entries(states, [{ a: aEvidence }]));
		expect(a!.interviewers[0]!.unsupported).toBe(false);
	});
});
