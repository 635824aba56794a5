import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	emptyState,
	evidenceProblem,
	hasWork,
	markdownText,
	overrideClearedNotice,
	sameWork,
	setRating,
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
import { cardProblem } from '../../../src/lib/card-rules.ts';
import { score, type ScoringCard } from '../../../src/lib/scoring.ts';

/** Evidence as an interviewer writes it: more than 30 characters, in words. */
const EVIDENCE = 'Pair-wrote the take-home; one more solo session is needed to be sure.';

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
	it('exports the coverage to four decimals and no composite before anything is assessed', () => {
		const thirds: ScoringCard = {
			...card,
			weights: [
				{ competency: 'testing', weight: 33, mustHave: false },
				{ competency: 'debugging', weight: 67, mustHave: false },
			],
			minCoverage: 0.3,
		};
		expect(toExport({ ...rated, card: thirds, ratings: { testing: 3 } })).toMatchObject({
			coverage: 0.33,
			composite: 3,
		});
		const third: ScoringCard = {
			...card,
			weights: [
				{ competency: 'testing', weight: 1, mustHave: false },
				{ competency: 'debugging', weight: 2, mustHave: false },
			],
		};
		expect(toExport({ ...rated, card: third, ratings: { testing: 3 } }).coverage).toBe(0.3333);
		expect(toExport(emptyState('general', card))).toMatchObject({
			composite: null,
			coverage: 0,
			outcome: 'incomplete',
			finalOutcome: 'incomplete',
			override: null,
		});
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
		expect(overrideProblem({ evidence: EVIDENCE, signedOffBy: '  ' })).toBe(
			'Name the person who signs the override off.',
		);
		const bad = { ...toExport(rated), override: { outcome: 'pass', evidence: 'short', signedOffBy: 'Dana' } };
		expect(parseExport(JSON.stringify(bad))).toEqual({
			ok: false,
			error:
				'This export cannot be read: the override is not valid: Write at least 30 characters of evidence for the override (5 so far).',
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
		// Not calculator state at all: an in-page anchor, ignored rather than refused (#17).
		expect(parseFragment('#<img src=x onerror=alert(1)>')).toBeNull();
	});
});

describe('markdown summary', () => {
	it('escapes a backslash in user text, so it cannot escape the table’s cell separator', () => {
		const s = { ...rated, notes: { testing: 'path C:\\temp\\|split' } };
		const md = toMarkdown(s, (id) => id, 'General');
		expect(md).toContain('| testing (must-have ≥ 3) | 60 | 3 | path C:\\\\temp\\\\\\|split |');
	});
	it('says what is not given or not assessed yet, and records an override with who signed it off', () => {
		const md = toMarkdown(
			{
				...emptyState('general', card),
				ratings: { testing: null },
				override: { outcome: 'hold', evidence: 'Seen\r\ntwice | in pairing.', signedOffBy: 'Dana | HM' },
			},
			(id) => id,
			'General | v2',
		);
		expect(md).toBe(
			[
				'## Interview rating: General \\| v2',
				'',
				'- Scorecard: the handbook’s general, scored by its handbook definition',
				'- Candidate: (not given)',
				'- Interviewer: (not given)',
				'- Composite: none yet (coverage 0%)',
				'- Outcome: **incomplete**: testing is a must-have and has no rating: there is no outcome until it is assessed.',
				'- Override: **hold**, signed off by Dana \\| HM. Evidence: Seen twice \\| in pairing.',
				'',
				'| Competency | Weight | Rating | Evidence |',
				'| --- | --- | --- | --- |',
				'| testing (must-have ≥ 3) | 60 | not assessed |  |',
				'| debugging | 40 | not assessed |  |',
				'',
			].join('\n'),
		);
	});
	it('shows the composite to two decimals and the coverage in whole percent', () => {
		const three: ScoringCard = {
			...card,
			weights: [
				{ competency: 'a', weight: 33, mustHave: false },
				{ competency: 'b', weight: 33, mustHave: false },
				{ competency: 'c', weight: 34, mustHave: false },
			],
			minCoverage: 0.5,
		};
		const md = toMarkdown({ ...emptyState('custom', three), ratings: { a: 3, b: 4 } }, (id) => id, 'Custom');
		expect(md).toContain('- Composite: 3.50 (coverage 66%)');
	});

	it('lists each competency with its rating and escapes user text so the table holds', () => {
		const md = toMarkdown(rated, (id) => id[0]!.toUpperCase() + id.slice(1), 'General developer');
		expect(md).toContain('- Outcome: **pass**: The composite 3.40 is at or above the pass threshold of 3.00.');
		expect(md).toContain('| Testing (must-have ≥ 3) | 60 | 3 | Wrote a parametrised test \\| and a fixture |');
		expect(md).toContain('| Debugging | 40 | 4 | Bisected to the leaking test. Explained why. |');
	});
});

describe('links and files that break the scorecard’s rules', () => {
	/** A link as another tool (or a hand edit) might write it: any payload, encoded like the calculator's. */
	const linkTo = (payload: unknown) => `#s=${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
	const payload = { v: 1, scorecard: 'general', card, ratings: { testing: 3 } };
	it('refuses a card from a link that weights a competency twice', () => {
		const twice = { ...card, weights: [card.weights[0], { competency: 'testing', weight: 40, mustHave: false }] };
		expect(parseFragment(linkTo({ ...payload, card: twice }))).toEqual({
			ok: false,
			error: 'The link’s state cannot be used: testing is weighted twice; weight each competency once.',
		});
	});
	it('refuses a card from a link whose hold threshold is above its pass threshold', () => {
		expect(parseFragment(linkTo({ ...payload, card: { ...card, thresholds: { pass: 3, hold: 3.5 } } }))).toEqual({
			ok: false,
			error: 'The link’s state cannot be used: thresholds must satisfy 1 ≤ hold ≤ pass ≤ 4.',
		});
		// Equal thresholds are allowed: there is then no hold band.
		expect(parseFragment(linkTo({ ...payload, card: { ...card, thresholds: { pass: 3, hold: 3 } } }))).toMatchObject({
			ok: true,
		});
	});
	it('says which rule a card from a link breaks', () => {
		const errors = [
			{ ...payload, card: undefined },
			{ ...payload, card: { ...card, weights: [] } },
			{ ...payload, card: { ...card, weights: [{ competency: 'Testing', weight: 100 }] } },
			{ ...payload, card: { ...card, weights: [{ competency: 'testing', weight: 100, minRating: 5 }] } },
			{ ...payload, card: { ...card, weights: [{ competency: 'testing', weight: 90 }] } },
			{ ...payload, card: { ...card, thresholds: undefined } },
			{ ...payload, card: { ...card, minCoverage: 2 } },
			{ ...payload, scorecard: 'General' },
			{ ...payload, ratings: [3] },
			{ ...payload, ratings: { testing: 3, ['x'.repeat(50)]: 1 } },
			{ ...payload, override: 'pass' },
			{ ...payload, v: 2 },
		].map((p) => {
			const r = parseFragment(linkTo(p));
			return r && !r.ok ? r.error : 'accepted';
		});
		expect(errors).toEqual([
			'The link’s state cannot be used: the scorecard definition is missing.',
			'The link’s state cannot be used: the scorecard needs between 1 and 40 weighted competencies.',
			'The link’s state cannot be used: a weighted competency has no valid id.',
			'The link’s state cannot be used: the minimum rating of testing is not 1 to 4.',
			'The link’s state cannot be used: weights sum to 90; they must sum to exactly 100 before the calculator will score.',
			'The link’s state cannot be used: the thresholds are missing.',
			'The link’s state cannot be used: the minimum coverage must be between 0 and 100%.',
			'The link’s state cannot be used: the scorecard id is missing or malformed.',
			'The link’s state cannot be used: the ratings are not a list of competency: rating pairs.',
			`The link’s state cannot be used: "${'x'.repeat(40)}" is not a competency on this scorecard.`,
			'The link’s state cannot be used: the override is malformed.',
			'The link was made by a different version of the calculator.',
		]);
	});
	it('refuses a weighted competency whose id is not text, or that is not an entry at all', () => {
		const error = 'The link’s state cannot be used: a weighted competency has no valid id.';
		for (const weights of [[{ competency: 42, weight: 100 }], [null], ['testing'], [[{ competency: 'testing' }]]])
			expect(parseFragment(linkTo({ ...payload, ratings: {}, card: { ...card, weights } }))).toEqual({
				ok: false,
				error,
			});
	});
	it('counts evidence that is not text as none', () => {
		const file = { ...toExport(rated), override: { outcome: 'pass', evidence: 12345, signedOffBy: 'Dana' } };
		expect(parseExport(JSON.stringify(file))).toEqual({
			ok: false,
			error:
				'This export cannot be read: the override is not valid: Write at least 30 characters of evidence for the override (0 so far).',
		});
	});
	it('takes up to 40 weighted competencies, and no more', () => {
		const weights = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				competency: `c${i}`,
				weight: i < 100 % n ? Math.ceil(100 / n) : Math.floor(100 / n),
			}));
		expect(weights(40).reduce((s, w) => s + w.weight, 0)).toBe(100);
		expect(parseFragment(linkTo({ ...payload, ratings: {}, card: { ...card, weights: weights(40) } }))).toMatchObject({
			ok: true,
		});
		expect(parseFragment(linkTo({ ...payload, ratings: {}, card: { ...card, weights: weights(41) } }))).toEqual({
			ok: false,
			error: 'The link’s state cannot be used: the scorecard needs between 1 and 40 weighted competencies.',
		});
	});
	it('refuses an override whose outcome is not pass, hold or decline', () => {
		for (const outcome of ['incomplete', 'accept', undefined]) {
			const file = { ...toExport(rated), override: { outcome, evidence: EVIDENCE, signedOffBy: 'Dana' } };
			expect(parseExport(JSON.stringify(file))).toEqual({
				ok: false,
				error: 'This export cannot be read: the override outcome must be pass, hold or decline.',
			});
		}
	});
	it('counts override evidence without the spaces around it, and needs a name that is not blank', () => {
		expect(overrideProblem({ evidence: ` ${'e'.repeat(29)} `, signedOffBy: 'Dana' })).toBe(
			'Write at least 30 characters of evidence for the override (29 so far).',
		);
		expect(overrideProblem({ evidence: ` ${EVIDENCE} `, signedOffBy: ' D ' })).toBeNull();
		const file = (signedOffBy: string) => ({
			...toExport(rated),
			override: { outcome: 'pass', evidence: EVIDENCE, signedOffBy },
		});
		expect(parseExport(JSON.stringify(file(' ')))).toEqual({
			ok: false,
			error: 'This export cannot be read: the override is not valid: Name the person who signs the override off.',
		});
	});
	it('cuts long text to size: names to 200 characters, notes and evidence to 5,000', () => {
		const long = {
			...rated,
			interviewer: 'i'.repeat(300),
			candidate: 'c'.repeat(300),
			notes: { testing: 'n'.repeat(6000) },
		};
		const withOverride = {
			...long,
			override: { outcome: 'pass' as const, evidence: `${EVIDENCE} `.repeat(100), signedOffBy: 's'.repeat(300) },
		};
		const r = parseExport(JSON.stringify(toExport(withOverride)));
		expect(r).toMatchObject({
			ok: true,
			value: {
				interviewer: 'i'.repeat(200),
				candidate: 'c'.repeat(200),
				notes: { testing: 'n'.repeat(5000) },
				override: { evidence: `${EVIDENCE} `.repeat(100).slice(0, 5000), signedOffBy: 's'.repeat(200) },
			},
		});
	});
	it('drops notes on competencies the card does not weight, and notes that are not text', () => {
		const file = { ...toExport(rated), notes: { testing: 'kept', debugging: 3, security: 'dropped' } };
		expect(parseExport(JSON.stringify(file))).toMatchObject({ ok: true, value: { notes: { testing: 'kept' } } });
		const r = parseExport(JSON.stringify(file));
		expect(r.ok && Object.keys(r.value.notes)).toEqual(['testing']);
	});
	it('quotes at most ten characters of an unknown version', () => {
		expect(parseExport(JSON.stringify({ ...toExport(rated), version: '12345678901234' }))).toEqual({
			ok: false,
			error: 'This export is version 1234567890; this calculator reads version 1.',
		});
	});
	it('accepts a stored state with no ratings yet, and refuses one that is not an object', () => {
		expect(parseState({ scorecard: 'custom', card })).toEqual({ ok: true, value: emptyState('custom', card) });
		expect(parseState([])).toEqual({ ok: false, error: 'expected a JSON object' });
		expect(parseState(null)).toEqual({ ok: false, error: 'expected a JSON object' });
		expect(parseExport('[1]')).toMatchObject({
			ok: false,
			error: expect.stringContaining('not a rubric calculator export'),
		});
	});
	it('refuses a link with a fragment in another form, and says so', () => {
		expect(parseFragment('#')).toBeNull();
		// Other fragments are in-page anchors, not state: ignored (#17).
		expect(parseFragment('#q=abc')).toBeNull();
		expect(parseFragment(`x${toFragment(rated, false)}`)).toBeNull();
		expect(parseFragment(`${toFragment(rated, false)}#`)).toMatchObject({ ok: false });
		expect(parseFragment(linkTo([1]))).toEqual({
			ok: false,
			error: 'The link was made by a different version of the calculator.',
		});
		// Bytes that are not UTF-8 are damage, not text to show with replacement characters.
		const json = Buffer.from(JSON.stringify({ ...payload, notes: { testing: '@' } }), 'utf8');
		json[json.indexOf('@')] = 0xff;
		expect(parseFragment(`#s=${json.toString('base64url')}`)).toEqual({
			ok: false,
			error: 'The link’s state is damaged (it may have been cut short when copied).',
		});
		expect(parseFragment('#s=')).toEqual({
			ok: false,
			error: 'The link’s state is damaged (it may have been cut short when copied).',
		});
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
				// Evidence in words (the rule refuses repeated characters), with any text around it.
				evidence: fc
					.tuple(
						fc.string({ maxLength: 100 }),
						fc.constantFrom(EVIDENCE, 'Explained the trade-off clearly and tested both paths.'),
					)
					.map(([extra, words]) => `${words} ${extra}`),
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
});

// ---- near-valid inputs: a valid export, link or stored state with one field corrupted ---------

/** Where to change the state, and the new value (DROP deletes the field). */
const DROP = Symbol('drop');
type Path = readonly (string | number)[];
interface Corruption {
	path: Path;
	value: unknown;
	/** Whether the calculator should still accept the state, restated from its rules. */
	ok: boolean;
}
const corrupt = (path: Path, value: unknown, ok: boolean): Corruption => ({ path, value, ok });

/** A deep copy of `obj` with the field at `path` set (or deleted); missing parents are created. */
function withField(obj: unknown, path: Path, value: unknown): unknown {
	const copy = structuredClone(obj) as Record<string | number, unknown>;
	let at = copy;
	for (const key of path.slice(0, -1)) {
		if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
		at = at[key] as Record<string | number, unknown>;
	}
	const last = path[path.length - 1]!;
	if (value === DROP) delete at[last];
	else at[last] = value;
	return copy;
}

const evidence30 = 'Checked with a second pairing.'; // exactly 30 characters
// The rules, restated: ids are lower-case words joined by hyphens; weights are positive whole
// numbers summing to 100, each competency once, 1 to 40 of them; 1 ≤ hold ≤ pass ≤ 4;
// 0 ≤ minCoverage ≤ 1; minimum ratings and ratings are 1 to 4 (ratings may be null = not
// assessed) on competencies of the card; an override is pass, hold or decline with at least
// 30 characters of evidence and a name; notes and names are free text, dropped when not text.
const STATE_CORRUPTIONS: Corruption[] = [
	corrupt(['scorecard'], 'custom', true),
	corrupt(['scorecard'], 'backend-developer-2', true),
	corrupt(['scorecard'], 'Backend developer', false),
	corrupt(['scorecard'], 'backend--developer', false),
	corrupt(['scorecard'], '', false),
	corrupt(['scorecard'], 7, false),
	corrupt(['scorecard'], DROP, false),
	corrupt(['card'], DROP, false),
	corrupt(['card'], 'general', false),
	corrupt(['card'], [], false),
	corrupt(['card', 'weights'], [], false),
	corrupt(['card', 'weights'], {}, false),
	corrupt(['card', 'weights'], DROP, false),
	corrupt(['card', 'weights'], [card.weights[1], card.weights[0]], true),
	corrupt(['card', 'weights'], [...card.weights, { competency: 'security', weight: 0, mustHave: false }], false),
	corrupt(
		['card', 'weights'],
		[card.weights[0], { ...card.weights[1]!, weight: 20 }, { ...card.weights[1]!, weight: 20 }],
		false,
	),
	corrupt(['card', 'weights', 0], 'testing', false),
	corrupt(['card', 'weights', 0, 'competency'], 'debugging', false),
	corrupt(['card', 'weights', 0, 'competency'], 'Testing', false),
	corrupt(['card', 'weights', 0, 'competency'], DROP, false),
	corrupt(['card', 'weights', 0, 'weight'], 61, false),
	corrupt(['card', 'weights', 0, 'weight'], 59.5, false),
	corrupt(['card', 'weights', 0, 'weight'], 0, false),
	corrupt(['card', 'weights', 0, 'weight'], DROP, false),
	corrupt(['card', 'weights', 1, 'weight'], -40, false),
	corrupt(['card', 'weights', 0, 'mustHave'], false, true),
	// debugging has no minimum: as a must-have it could never decline, so it is refused (#17).
	corrupt(['card', 'weights', 1, 'mustHave'], true, false),
	corrupt(['card', 'weights', 0, 'minRating'], 1, true),
	corrupt(['card', 'weights', 0, 'minRating'], 4, true),
	// A must-have without a minimum could never decline: the card rules refuse it (#17).
	corrupt(['card', 'weights', 0, 'minRating'], null, false),
	corrupt(['card', 'weights', 0, 'minRating'], DROP, false),
	corrupt(['card', 'weights', 1, 'minRating'], DROP, true),
	corrupt(['card', 'weights', 0, 'minRating'], 0, false),
	corrupt(['card', 'weights', 0, 'minRating'], 5, false),
	corrupt(['card', 'weights', 0, 'minRating'], 2.5, false),
	corrupt(['card', 'weights', 1, 'minRating'], '3', false),
	corrupt(['card', 'thresholds'], DROP, false),
	corrupt(['card', 'thresholds'], 3, false),
	corrupt(['card', 'thresholds', 'pass'], 4, true),
	corrupt(['card', 'thresholds', 'pass'], 2.5, true),
	corrupt(['card', 'thresholds', 'pass'], 2.49, false),
	corrupt(['card', 'thresholds', 'pass'], 4.01, false),
	corrupt(['card', 'thresholds', 'pass'], '3', false),
	corrupt(['card', 'thresholds', 'pass'], DROP, false),
	corrupt(['card', 'thresholds', 'hold'], 1, true),
	corrupt(['card', 'thresholds', 'hold'], 3, true),
	corrupt(['card', 'thresholds', 'hold'], 3.01, false),
	corrupt(['card', 'thresholds', 'hold'], 0.99, false),
	corrupt(['card', 'thresholds', 'hold'], DROP, false),
	corrupt(['card', 'thresholds', 'hold'], '2', false),
	corrupt(['card', 'minCoverage'], 0, true),
	corrupt(['card', 'minCoverage'], 1, true),
	corrupt(['card', 'minCoverage'], 1.01, false),
	corrupt(['card', 'minCoverage'], -0.01, false),
	corrupt(['card', 'minCoverage'], '0.75', false),
	corrupt(['card', 'minCoverage'], DROP, false),
	corrupt(['ratings'], DROP, true),
	corrupt(['ratings'], {}, true),
	corrupt(['ratings'], null, false),
	corrupt(['ratings'], [3, 4], false),
	corrupt(['ratings'], 'testing: 3', false),
	corrupt(['ratings', 'testing'], 1, true),
	corrupt(['ratings', 'testing'], 4, true),
	corrupt(['ratings', 'debugging'], null, true),
	corrupt(['ratings', 'testing'], DROP, true),
	corrupt(['ratings', 'testing'], 0, false),
	corrupt(['ratings', 'testing'], 5, false),
	corrupt(['ratings', 'debugging'], 2.5, false),
	corrupt(['ratings', 'debugging'], '3', false),
	corrupt(['ratings', 'security'], 3, false),
	corrupt(['ratings', 'security'], null, false),
	corrupt(['notes'], DROP, true),
	corrupt(['notes'], 'all good', true),
	corrupt(['notes'], null, true),
	corrupt(['notes', 'testing'], 42, true),
	corrupt(['notes', 'security'], 'Not on this card.', true),
	corrupt(['notes', 'debugging'], 'x'.repeat(6000), true),
	corrupt(['interviewer'], 42, true),
	corrupt(['interviewer'], DROP, true),
	corrupt(['candidate'], 'y'.repeat(300), true),
	corrupt(['candidate'], null, true),
	corrupt(['override'], null, true),
	corrupt(['override'], DROP, true),
	corrupt(['override'], 'pass', false),
	corrupt(['override'], ['pass'], false),
	corrupt(['override', 'outcome'], 'pass', true),
	corrupt(['override', 'outcome'], 'decline', true),
	corrupt(['override', 'outcome'], 'incomplete', false),
	corrupt(['override', 'outcome'], 'Pass', false),
	corrupt(['override', 'outcome'], DROP, false),
	corrupt(['override', 'evidence'], evidence30, true),
	corrupt(['override', 'evidence'], `  ${evidence30.slice(1)}  `, false),
	corrupt(['override', 'evidence'], 42, false),
	corrupt(['override', 'evidence'], DROP, false),
	corrupt(['override', 'signedOffBy'], 'D', true),
	corrupt(['override', 'signedOffBy'], '   ', false),
	corrupt(['override', 'signedOffBy'], 7, false),
	corrupt(['override', 'signedOffBy'], DROP, false),
];
// Only in an export: its header, and the figures it derives (recomputed on import, never trusted).
const EXPORT_CORRUPTIONS: Corruption[] = [
	...STATE_CORRUPTIONS,
	corrupt(['format'], 'python-interview-handbook/ratings', false),
	corrupt(['format'], DROP, false),
	corrupt(['version'], 2, false),
	corrupt(['version'], '1', false),
	corrupt(['version'], DROP, false),
	corrupt(['composite'], 1, true),
	corrupt(['coverage'], 2, true),
	corrupt(['outcome'], 'pass', true),
	corrupt(['finalOutcome'], 'decline', true),
	corrupt(['exportedAt'], 'yesterday', true),
];
// Only in a link: its version.
const LINK_CORRUPTIONS: Corruption[] = [
	...STATE_CORRUPTIONS,
	corrupt(['v'], 2, false),
	corrupt(['v'], '1', false),
	corrupt(['v'], DROP, false),
];

const someOverride = {
	outcome: 'hold' as const,
	evidence: 'Strong on testing; the take-home was co-written, so pair again.',
	signedOffBy: 'Dana',
};
const validStateArb = stateArb.map((s) => ({ ...s, override: s.override ?? someOverride }));

/** Everything a scorer needs of an accepted state holds, checked against the rules directly. */
function scorable(s: CalculatorState): boolean {
	const ids = s.card.weights.map((w) => w.competency);
	const { pass, hold } = s.card.thresholds;
	return (
		cardProblem(s.card) === null &&
		new Set(ids).size === ids.length &&
		1 <= hold &&
		hold <= pass &&
		pass <= 4 &&
		s.card.minCoverage >= 0 &&
		s.card.minCoverage <= 1 &&
		Object.entries(s.ratings).every(([id, r]) => ids.includes(id) && (r === null || [1, 2, 3, 4].includes(r))) &&
		Object.keys(s.notes).every((id) => ids.includes(id)) &&
		(s.override === null || overrideProblem(s.override) === null) &&
		score(s.card, s.ratings).coverage <= 1
	);
}

/** Runs a near-valid property, returning the share of generated cases the parser accepted. */
function acceptedShare<T>(arb: fc.Arbitrary<T>, check: (input: T) => boolean): number {
	let accepted = 0;
	let total = 0;
	fc.assert(
		fc.property(arb, (input) => {
			const ok = check(input);
			total += 1;
			if (ok) accepted += 1;
		}),
		{ numRuns: 1000 },
	);
	return accepted / total;
}
const record = (name: string, share: number) => {
	console.log(`${name}: accepted ${(share * 100).toFixed(1)}% of near-valid cases`);
	expect(share, `${name} accepted share`).toBeGreaterThan(0);
	expect(share, `${name} accepted share`).toBeLessThan(1);
};
const untouched = (before: CalculatorState, after: CalculatorState, path: Path) =>
	(Object.keys(before) as (keyof CalculatorState)[])
		.filter((k) => k !== path[0])
		.every((k) => JSON.stringify(after[k]) === JSON.stringify(before[k]));

describe('state parsing: one field corrupted at a time (1,000 runs each)', () => {
	it('an export accepts exactly the corruptions the rules allow, keeping every other field', () => {
		const arb = fc.tuple(validStateArb, fc.constantFrom(...EXPORT_CORRUPTIONS));
		const share = acceptedShare(arb, ([s, c]) => {
			const r = parseExport(JSON.stringify(withField(toExport(s), c.path, c.value)));
			expect(r.ok, `${c.path.join('.')} = ${String(c.value).slice(0, 40)}`).toBe(c.ok);
			if (r.ok) {
				expect(scorable(r.value)).toBe(true);
				expect(untouched(s, r.value, c.path)).toBe(true);
				// What was imported exports and imports again unchanged.
				expect(parseExport(JSON.stringify(toExport(r.value)))).toEqual(r);
			} else {
				expect(r.error).toMatch(/^This (is not JSON|JSON is not|export is version|export cannot be read: )/);
			}
			return r.ok;
		});
		record('export', share);
	});
	it('a stored state accepts exactly the corruptions the rules allow', () => {
		const arb = fc.tuple(validStateArb, fc.constantFrom(...STATE_CORRUPTIONS));
		const share = acceptedShare(arb, ([s, c]) => {
			const r = parseState(withField(s, c.path, c.value));
			expect(r.ok, `${c.path.join('.')} = ${String(c.value).slice(0, 40)}`).toBe(c.ok);
			if (r.ok) expect(scorable(r.value) && untouched(s, r.value, c.path)).toBe(true);
			return r.ok;
		});
		record('stored state', share);
	});
	it('a share link accepts exactly the corruptions the rules allow', () => {
		// The link's payload, corrupted and encoded as the calculator encodes it (base64url of UTF-8).
		const link = (payload: unknown) => `#s=${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
		const arb = fc.tuple(validStateArb, fc.constantFrom(...LINK_CORRUPTIONS));
		const share = acceptedShare(arb, ([s, c]) => {
			const { scorecard, card, ratings, notes, interviewer, candidate, override } = s;
			const payload = { v: 1, scorecard, card, ratings, notes, interviewer, candidate, override };
			expect(link(payload)).toBe(toFragment(s, true));
			const r = parseFragment(link(withField(payload, c.path, c.value)));
			expect(r?.ok, `${c.path.join('.')} = ${String(c.value).slice(0, 40)}`).toBe(c.ok);
			if (r?.ok) expect(scorable(r.value) && untouched(s, r.value, c.path)).toBe(true);
			else expect(r?.error).toMatch(/^The link/);
			return r?.ok === true;
		});
		record('share link', share);
	});
	it('a share link cut short, or with its text damaged, is refused with a message; never a throw', () => {
		const arb = fc.tuple(
			validStateArb,
			fc.boolean(),
			fc.nat(),
			fc.constantFrom('cut', 'insert', 'prefix', 'none'),
			fc.constantFrom('=', '%', ' ', '+', '/', '.', '"'),
		);
		const share = acceptedShare(arb, ([s, withNotes, at, damage, char]) => {
			const good = toFragment(s, withNotes);
			const i = 3 + (at % (good.length - 3));
			const text =
				damage === 'cut'
					? good.slice(0, i)
					: damage === 'insert'
						? good.slice(0, i) + char + good.slice(i)
						: damage === 'prefix'
							? good.slice(1) // "s=…" without the "#" still opens
							: good;
			const r = parseFragment(text);
			const ok = damage === 'prefix' || damage === 'none';
			expect(r?.ok, `${damage} at ${i}`).toBe(ok);
			if (r && !r.ok) expect(r.error).toMatch(/^The link’s state (is not in a form|is damaged)/);
			return ok;
		});
		record('damaged link text', share);
	});
});

describe('defects from issue #17', () => {
	const linkTo = (payload: unknown) => `#s=${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
	const payload = { v: 1, scorecard: 'general', card, ratings: { testing: 3 } };
	it('ignores an in-page anchor such as #main: only #s= fragments are calculator state', () => {
		expect(parseFragment('#main')).toBeNull();
		expect(parseFragment('#calc-result-title')).toBeNull();
		expect(parseFragment('#<img src=x onerror=alert(1)>')).toBeNull();
		expect(parseFragment('#s=<img>')).toMatchObject({ ok: false });
	});
	it('refuses a link card whose weight is a numeric string', () => {
		const stringly = {
			...card,
			weights: [
				{ competency: 'testing', weight: '60', mustHave: true, minRating: 3 },
				{ competency: 'debugging', weight: 40, mustHave: false },
			],
		};
		expect(parseFragment(linkTo({ ...payload, card: stringly }))).toEqual({
			ok: false,
			error: 'The link’s state cannot be used: the weight of testing must be a positive whole number.',
		});
	});
	it('keeps Object.prototype names out of notes and ratings that were never given', () => {
		const proto: ScoringCard = {
			...card,
			weights: [
				{ competency: 'constructor', weight: 50, mustHave: false },
				{ competency: 'testing', weight: 50, mustHave: false },
			],
		};
		const parsed = parseFragment(linkTo({ ...payload, card: proto, ratings: {} }));
		expect(parsed).toMatchObject({ ok: true });
		const state = (parsed as { value: CalculatorState }).value;
		const md = toMarkdown(state, (id) => id, 'Card');
		expect(md).toContain('| constructor | 50 | not assessed |  |');
		expect(md).not.toContain('native code');
		expect(toExport(state).composite).toBeNull();
	});
	it('refuses __proto__ as a rating key instead of changing the object’s prototype', () => {
		const text = `{"v":1,"scorecard":"general","card":${JSON.stringify(card)},"ratings":{"__proto__":{"testing":4}}}`;
		const r = parseFragment(`#s=${Buffer.from(text, 'utf8').toString('base64url')}`);
		expect(r).toEqual({
			ok: false,
			error: 'The link’s state cannot be used: "__proto__" is not a competency on this scorecard.',
		});
	});
	it('neutralises HTML and link syntax in everything typed into the Markdown export', () => {
		const hostile: CalculatorState = {
			...rated,
			candidate: '<img src=x onerror=alert(1)>',
			interviewer: '[x](javascript:alert(1))',
			notes: { testing: '<https://evil.example> ![i](https://evil.example/p.png) <script>alert(1)</script>' },
		};
		const md = toMarkdown(hostile, (id) => id, 'Card');
		expect(md).not.toMatch(/(?<!\\)<(img|script|https)/);
		expect(md).not.toMatch(/(?<!\\)\]\(/);
		expect(md).not.toMatch(/(?<!\\)!\[/);
	});
});

describe('override rules (#17)', () => {
	it('refuses an override of an incomplete result', () => {
		expect(overrideProblem({ evidence: EVIDENCE, signedOffBy: 'Dana' }, 'incomplete')).toBe(
			'An incomplete result cannot be overridden: rate the must-haves and enough of the weight first, then decide.',
		);
		expect(overrideProblem({ evidence: EVIDENCE, signedOffBy: 'Dana' }, 'decline')).toBeNull();
	});
	it('counts words, not repeated characters, as evidence', () => {
		const words =
			'Write the evidence in words: what the candidate did or said, in at least 5 words, not repeated characters.';
		expect(evidenceProblem('a'.repeat(30))).toBe(words);
		expect(evidenceProblem('a '.repeat(20))).toBe(words);
		expect(evidenceProblem('ab'.repeat(20))).toBe(words);
		expect(evidenceProblem('Nothing to add here at all!!!!!')).toBeNull();
		expect(evidenceProblem('four words only, really long words')).toBeNull();
		expect(evidenceProblem('fourwords onlyreally longwordshere nowwhat')).toBe(words);
		expect(evidenceProblem('1234 5678 9012 3456 7890 1234 5678')).toBe(words);
		expect(evidenceProblem('aaaaaaaaaaaaaaa aaaaaaaaa bc d e')).toBe(words);
		expect(evidenceProblem(EVIDENCE)).toBeNull();
	});
	it('removes an applied override when a rating it was written against changes, and says so', () => {
		const o = { outcome: 'hold' as const, evidence: EVIDENCE, signedOffBy: 'Dana' };
		const withOverride = { ...rated, override: o };
		const same = setRating(withOverride, 'testing', 3);
		expect(same).toEqual({ state: withOverride, cleared: null });
		const changed = setRating(withOverride, 'testing', 4);
		expect(changed.state.override).toBeNull();
		expect(changed.state.ratings).toEqual({ testing: 4, debugging: 4 });
		expect(changed.cleared).toEqual(o);
		expect(overrideClearedNotice(o)).toBe(
			'The override to Hold signed off by Dana was removed: it was written against the ratings before this change. Apply it again if it still holds.',
		);
		expect(setRating(rated, 'debugging', null)).toMatchObject({
			cleared: null,
			state: { ratings: { debugging: null } },
		});
		expect(Object.getPrototypeOf(setRating(rated, 'constructor', 3).state.ratings)).toBeNull();
	});
});

describe('saved work and exports (#17)', () => {
	it('knows when a state holds work a user would miss', () => {
		expect(hasWork(emptyState('general', card))).toBe(false);
		expect(hasWork({ ...emptyState('general', card), ratings: { testing: null } })).toBe(false);
		expect(hasWork({ ...emptyState('general', card), notes: { testing: '  ' } })).toBe(false);
		expect(hasWork({ ...emptyState('general', card), ratings: { testing: 2 } })).toBe(true);
		expect(hasWork({ ...emptyState('general', card), notes: { testing: 'x' } })).toBe(true);
		expect(hasWork({ ...emptyState('general', card), interviewer: 'A' })).toBe(true);
		expect(hasWork({ ...emptyState('general', card), candidate: 'C' })).toBe(true);
		expect(
			hasWork({
				...rated,
				ratings: {},
				notes: {},
				interviewer: '',
				candidate: '',
				override: { outcome: 'pass', evidence: EVIDENCE, signedOffBy: 'D' },
			}),
		).toBe(true);
	});
	it('compares work, not the order it was typed in', () => {
		const reordered = { ...rated, ratings: { debugging: 4, testing: 3 } as const };
		expect(sameWork(rated, reordered)).toBe(true);
		expect(sameWork(rated, { ...rated, ratings: { ...rated.ratings, other: null } })).toBe(true);
		expect(sameWork(rated, { ...rated, ratings: { testing: 3, debugging: 3 } })).toBe(false);
		expect(sameWork(rated, { ...rated, notes: {} })).toBe(false);
		expect(sameWork(rated, { ...rated, interviewer: 'Ben' })).toBe(false);
		expect(sameWork(rated, { ...rated, scorecard: 'other' })).toBe(false);
	});
	it('labels every export with where its card comes from', () => {
		expect(toExport(rated).cardSource).toBe('handbook');
		expect(toExport({ ...rated, scorecard: 'custom' }).cardSource).toBe('custom');
		const md = toMarkdown({ ...rated, scorecard: 'custom' }, (id) => id, 'Custom scorecard');
		expect(md).toContain('## Interview rating: Custom scorecard (custom scorecard)');
		expect(md).toContain('- Scorecard: custom, built in the calculator; not a handbook scorecard');
	});
	it('escapes each Markdown character that could open markup, and keeps everything else', () => {
		expect(markdownText('a\\b`c*d_e[f]g<h>i!j|k~l&m')).toBe(
			'a\\\\b\\`c\\*d\\_e\\[f\\]g\\<h\\>i\\!j\\|k~l\\&m'.replace('k~', 'k\\~'),
		);
		expect(markdownText('one\r\ntwo\nthree\rfour')).toBe('one two three four');
		expect(markdownText('Plain words, (brackets) and 3.5 - fine.')).toBe('Plain words, (brackets) and 3.5 - fine.');
	});
});
