import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	emptyState,
	overrideProblem,
	parseExport,
	parseFragment,
	parseState,
	toExport,
	toFragment,
	toMarkdown,
	type CalculatorState,
} from '../../../src/lib/calculator-state.ts';
import type { Rating } from '../../../src/lib/rating-scale.ts';
import { score, weightProblem, type ScoringCard } from '../../../src/lib/scoring.ts';

const card: ScoringCard = {
	weights: [
		{ competency: 'testing', weight: 60, mustHave: true, minRating: 3 },
		{ competency: 'debugging', weight: 40, mustHave: false, minRating: null },
	],
	thresholds: { pass: 3, hold: 2.5 },
	minCoverage: 0.75,
};
const rated: CalculatorState = {
	...emptyState('general', card),
	interviewer: 'Ana',
	candidate: 'Candidate 17',
	ratings: { testing: 3, debugging: 4 },
	notes: {
		testing: 'Wrote a parametrised test | and a fixture',
		debugging: 'Bisected to the leaking test.\nExplained why.',
	},
};

describe('export and import', () => {
	it('exports the score and outcome alongside the state, and imports back the same state', () => {
		const out = toExport(rated, new Date('2026-11-22T10:00:00Z'));
		expect(out).toMatchObject({
			format: 'python-interview-handbook/rating',
			version: 1,
			composite: 3.4,
			coverage: 1,
			outcome: 'pass',
			finalOutcome: 'pass',
			exportedAt: '2026-11-22T10:00:00.000Z',
		});
		const back = parseExport(JSON.stringify(out));
		expect(back).toEqual({ ok: true, value: rated });
	});
	it('records an override with its evidence and who signed it off', () => {
		const o = {
			outcome: 'hold' as const,
			evidence: 'Strong on testing but the take-home was co-written; check with a second pairing.',
			signedOffBy: 'Dana (hiring manager)',
		};
		const out = toExport({ ...rated, override: o });
		expect(out).toMatchObject({ outcome: 'pass', finalOutcome: 'hold', override: o });
		expect(parseExport(JSON.stringify(out))).toMatchObject({ ok: true, value: { override: o } });
	});
	it('refuses an override without enough evidence or a name', () => {
		expect(overrideProblem({ evidence: 'Gut feeling.', signedOffBy: 'Dana' })).toBe(
			'Write at least 30 characters of evidence for the override (12 so far).',
		);
		expect(overrideProblem({ evidence: 'x'.repeat(30), signedOffBy: '  ' })).toBe(
			'Name the person who signs the override off.',
		);
		const bad = { ...toExport(rated), override: { outcome: 'pass', evidence: 'short', signedOffBy: 'Dana' } };
		expect(parseExport(JSON.stringify(bad))).toEqual({
			ok: false,
			error:
				'This export cannot be read: the override is not valid: Write at least 30 characters of evidence for the override (5 so far)..',
		});
	});
	it('explains what is wrong with a file that is not an export', () => {
		expect(parseExport('not json')).toEqual({
			ok: false,
			error: 'This is not JSON. Paste or choose the .json file that the calculator exported.',
		});
		expect(parseExport('{"a":1}')).toMatchObject({
			ok: false,
			error: expect.stringContaining('not a rubric calculator export'),
		});
		expect(parseExport(JSON.stringify({ ...toExport(rated), version: 2 }))).toMatchObject({
			ok: false,
			error: expect.stringContaining('version 2'),
		});
		expect(parseExport(JSON.stringify({ ...toExport(rated), ratings: { testing: 5 } }))).toMatchObject({
			ok: false,
			error: expect.stringContaining('must be 1, 2, 3, 4 or not assessed'),
		});
		expect(parseExport(JSON.stringify({ ...toExport(rated), ratings: { security: 3 } }))).toMatchObject({
			ok: false,
			error: expect.stringContaining('"security" is not a competency on this scorecard'),
		});
	});
});

describe('share link', () => {
	it('carries ratings but not notes unless asked', () => {
		const plain = parseFragment(toFragment(rated, false));
		expect(plain).toEqual({ ok: true, value: { ...rated, notes: {}, interviewer: '', candidate: '' } });
		expect(parseFragment(toFragment(rated, true))).toEqual({ ok: true, value: rated });
	});
	it('survives notes in any script', () => {
		const s = { ...rated, notes: { testing: 'Prüfung bestanden — 良い テスト ✓' } };
		expect(parseFragment(toFragment(s, true))).toMatchObject({ ok: true, value: { notes: s.notes } });
	});
	it('returns nothing for an empty fragment and a message for a damaged one', () => {
		expect(parseFragment('')).toBeNull();
		expect(parseFragment('#s=%%%')).toMatchObject({ ok: false });
		expect(parseFragment(toFragment(rated, false).slice(0, 30))).toMatchObject({
			ok: false,
			error: expect.stringContaining('damaged'),
		});
		expect(parseFragment('#<img src=x onerror=alert(1)>')).toMatchObject({ ok: false });
	});
});

describe('markdown summary', () => {
	it('lists each competency with its rating and escapes user text so the table holds', () => {
		const md = toMarkdown(rated, (id) => id[0]!.toUpperCase() + id.slice(1), 'General developer');
		expect(md).toContain('- Outcome: **pass**: The composite 3.40 is at or above the pass threshold of 3.00.');
		expect(md).toContain('| Testing (must-have ≥ 3) | 60 | 3 | Wrote a parametrised test \\| and a fixture |');
		expect(md).toContain('| Debugging | 40 | 4 | Bisected to the leaking test. Explained why. |');
	});
});

// ---- properties -----------------------------------------------------------------------------

const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
const stateArb: fc.Arbitrary<CalculatorState> = fc
	.record({
		ratings: fc.record({ testing: fc.option(rating, { nil: null }), debugging: fc.option(rating, { nil: null }) }),
		notes: fc.record({
			testing: fc.string({ maxLength: 200 }),
			debugging: fc.string({ unit: 'grapheme', maxLength: 50 }),
		}),
		interviewer: fc.string({ maxLength: 50 }),
		candidate: fc.string({ maxLength: 50 }),
		override: fc.option(
			fc.record({
				outcome: fc.constantFrom('pass' as const, 'hold' as const, 'decline' as const),
				evidence: fc.string({ minLength: 40, maxLength: 300 }).filter((s) => s.trim().length >= 30),
				signedOffBy: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
			}),
			{ nil: null },
		),
	})
	.map((parts) => ({ ...emptyState('general', card), ...parts }));

describe('state parsing: properties (1,000 runs each)', () => {
	it('export → import round-trips any state', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const back = parseExport(JSON.stringify(toExport(s)));
				return back.ok && JSON.stringify(back.value) === JSON.stringify(s);
			}),
			{ numRuns: 1000 },
		);
	});
	it('share link → state round-trips the ratings', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const back = parseFragment(toFragment(s, true));
				return back !== null && back.ok && JSON.stringify(back.value) === JSON.stringify(s);
			}),
			{ numRuns: 1000 },
		);
	});
	it('arbitrary strings never throw and never yield a state the scorer rejects', () => {
		const accepted = (r: ReturnType<typeof parseExport> | null) =>
			r === null ||
			!r.ok ||
			(weightProblem(r.value.card.weights) === null && score(r.value.card, r.value.ratings).coverage <= 1);
		fc.assert(
			fc.property(
				fc.string(),
				(text) => accepted(parseExport(text)) && accepted(parseFragment(text)) && accepted(parseFragment(`#s=${text}`)),
			),
			{ numRuns: 1000 },
		);
	});
	it('arbitrary JSON values never throw and never yield a state the scorer rejects', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const r = parseState(value);
				const e = parseExport(
					JSON.stringify({
						format: 'python-interview-handbook/rating',
						version: 1,
						...(typeof value === 'object' && value !== null ? value : {}),
					}),
				);
				return [r, e].every((x) => !x.ok || weightProblem(x.value.card.weights) === null);
			}),
			{ numRuns: 1000 },
		);
	});
});
