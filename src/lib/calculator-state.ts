/**
 * The calculator's state and every way it travels: the JSON export (versioned), the share link
 * (URL fragment) and localStorage. Every parser takes untrusted text and returns either a valid
 * state or a message; none throws, and nothing parsed is ever treated as markup or code.
 */
import { isRating, type Rating } from './rating-scale.ts';
import {
	BAR_RAISER_SCOPES,
	score,
	weightProblem,
	type BarRaiserScope,
	type Outcome,
	type ScoringCard,
	type ScoringWeight,
} from './scoring.ts';

export const EXPORT_FORMAT = 'python-interview-handbook/rating';
export const EXPORT_VERSION = 1;
export const MIN_OVERRIDE_EVIDENCE = 30;
const MAX_TEXT = 5000;
const MAX_COMPETENCIES = 40;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Override {
	outcome: Exclude<Outcome, 'incomplete'>;
	evidence: string;
	signedOffBy: string;
}

export interface CalculatorState {
	/** A handbook scorecard id, or "custom" for a card built on the page. */
	scorecard: string;
	/** The card being scored: copied from the handbook, or built on the page. */
	card: ScoringCard;
	interviewer: string;
	candidate: string;
	ratings: Record<string, Rating | null>;
	notes: Record<string, string>;
	override: Override | null;
}

export interface RatingExport extends CalculatorState {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exportedAt: string;
	composite: number | null;
	coverage: number;
	outcome: Outcome;
	finalOutcome: Outcome;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export function emptyState(scorecard: string, card: ScoringCard): CalculatorState {
	return { scorecard, card, interviewer: '', candidate: '', ratings: {}, notes: {}, override: null };
}

/** Why an override cannot be accepted yet, or null when it can. */
export function overrideProblem(o: { evidence: string; signedOffBy: string }): string | null {
	if (o.evidence.trim().length < MIN_OVERRIDE_EVIDENCE)
		return `Write at least ${MIN_OVERRIDE_EVIDENCE} characters of evidence for the override (${o.evidence.trim().length} so far).`;
	if (o.signedOffBy.trim().length === 0) return 'Name the person who signs the override off.';
	return null;
}

export function toExport(state: CalculatorState, now: Date = new Date()): RatingExport {
	const s = score(state.card, state.ratings);
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		...state,
		composite: s.composite,
		coverage: Math.round(s.coverage * 10000) / 10000,
		outcome: s.outcome,
		finalOutcome: state.override?.outcome ?? s.outcome,
	};
}

// ---- validation of untrusted values -------------------------------------------------------

/** Ends a message with one full stop, whether or not it already had one. */
const sentence = (text: string) => `${text.replace(/\.+$/, '')}.`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const cleanText = (v: unknown, max = MAX_TEXT): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

function parseCard(v: unknown): Parsed<ScoringCard> {
	if (!isObject(v)) return fail('the scorecard definition is missing');
	const { weights, thresholds, minCoverage } = v;
	if (!Array.isArray(weights) || weights.length === 0 || weights.length > MAX_COMPETENCIES)
		return fail('the scorecard needs between 1 and 40 weighted competencies');
	const out: ScoringWeight[] = [];
	for (const w of weights) {
		if (!isObject(w) || typeof w['competency'] !== 'string' || !ID.test(w['competency']))
			return fail('a weighted competency has no valid id');
		const minRating = w['minRating'] ?? null;
		if (minRating !== null && !isRating(minRating))
			return fail(`the minimum rating of ${w['competency']} is not 1 to 4`);
		out.push({ competency: w['competency'], weight: Number(w['weight']), mustHave: w['mustHave'] === true, minRating });
	}
	const problem = weightProblem(out);
	if (problem) return fail(problem);
	if (new Set(out.map((w) => w.competency)).size !== out.length) return fail('a competency is weighted twice');
	if (!isObject(thresholds)) return fail('the thresholds are missing');
	const pass = thresholds['pass'];
	const hold = thresholds['hold'];
	if (typeof pass !== 'number' || typeof hold !== 'number' || !(hold >= 1 && hold <= pass && pass <= 4))
		return fail('the thresholds must satisfy 1 ≤ hold ≤ pass ≤ 4');
	if (typeof minCoverage !== 'number' || !(minCoverage >= 0 && minCoverage <= 1))
		return fail('the minimum coverage must be between 0 and 1');
	const bar = v['barRaiser'];
	if (bar === undefined || bar === null)
		return { ok: true, value: { weights: out, thresholds: { pass, hold }, minCoverage } };
	const count = isObject(bar) ? bar['count'] : undefined;
	if (
		!isObject(bar) ||
		!isRating(bar['rating']) ||
		typeof count !== 'number' ||
		!Number.isInteger(count) ||
		count < 1 ||
		count > out.length ||
		!(BAR_RAISER_SCOPES as readonly unknown[]).includes(bar['among'])
	)
		return fail('the bar-raiser rule must give a rating of 1 to 4, a count of competencies and "must-haves" or "any"');
	const barRaiser = { rating: bar['rating'], count, among: bar['among'] as BarRaiserScope };
	return { ok: true, value: { weights: out, thresholds: { pass, hold }, minCoverage, barRaiser } };
}

function parseRatings(v: unknown, card: ScoringCard): Parsed<Record<string, Rating | null>> {
	if (v === undefined) return { ok: true, value: {} };
	if (!isObject(v)) return fail('the ratings are not a list of competency: rating pairs');
	const known = new Set(card.weights.map((w) => w.competency));
	const out: Record<string, Rating | null> = {};
	for (const [id, r] of Object.entries(v)) {
		if (!known.has(id)) return fail(`"${id.slice(0, 40)}" is not a competency on this scorecard`);
		if (r !== null && !isRating(r)) return fail(`the rating for ${id} must be 1, 2, 3, 4 or not assessed`);
		out[id] = r;
	}
	return { ok: true, value: out };
}

function parseNotes(v: unknown, card: ScoringCard): Record<string, string> {
	if (!isObject(v)) return {};
	const known = new Set(card.weights.map((w) => w.competency));
	return Object.fromEntries(
		Object.entries(v).flatMap(([id, t]) =>
			known.has(id) && typeof t === 'string' ? [[id, t.slice(0, MAX_TEXT)]] : [],
		),
	);
}

function parseOverride(v: unknown): Parsed<Override | null> {
	if (v === undefined || v === null) return { ok: true, value: null };
	if (!isObject(v)) return fail('the override is malformed');
	const outcome = v['outcome'];
	const evidence = cleanText(v['evidence']) ?? '';
	const signedOffBy = cleanText(v['signedOffBy'], 200) ?? '';
	if (outcome !== 'pass' && outcome !== 'hold' && outcome !== 'decline')
		return fail('the override outcome must be pass, hold or decline');
	const problem = overrideProblem({ evidence, signedOffBy });
	if (problem) return fail(`the override is not valid: ${problem.replace(/\.$/, '')}`);
	return { ok: true, value: { outcome, evidence, signedOffBy } };
}

/** Validates a plain object as calculator state (used for imports and storage alike). */
export function parseState(v: unknown): Parsed<CalculatorState> {
	if (!isObject(v)) return fail('expected a JSON object');
	const scorecard = v['scorecard'];
	if (typeof scorecard !== 'string' || !(scorecard === 'custom' || ID.test(scorecard)))
		return fail('the scorecard id is missing or malformed');
	const card = parseCard(v['card']);
	if (!card.ok) return card;
	const ratings = parseRatings(v['ratings'], card.value);
	if (!ratings.ok) return ratings;
	const override = parseOverride(v['override']);
	if (!override.ok) return override;
	return {
		ok: true,
		value: {
			scorecard,
			card: card.value,
			interviewer: cleanText(v['interviewer'], 200) ?? '',
			candidate: cleanText(v['candidate'], 200) ?? '',
			ratings: ratings.value,
			notes: parseNotes(v['notes'], card.value),
			override: override.value,
		},
	};
}

/** Parses an exported JSON file or paste. */
export function parseExport(text: string): Parsed<CalculatorState> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return fail('This is not JSON. Paste or choose the .json file that the calculator exported.');
	}
	if (!isObject(raw) || raw['format'] !== EXPORT_FORMAT)
		return fail('This JSON is not a rubric calculator export (its "format" field is missing or different).');
	if (raw['version'] !== EXPORT_VERSION)
		return fail(
			`This export is version ${String(raw['version']).slice(0, 10)}; this calculator reads version ${EXPORT_VERSION}.`,
		);
	const parsed = parseState(raw);
	return parsed.ok ? parsed : fail(`This export cannot be read: ${sentence(parsed.error)}`);
}

// ---- share link ---------------------------------------------------------------------------

/** base64url of UTF-8, so notes in any language survive the URL. */
function encode(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function decode(text: string): string {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The URL fragment for a share link; notes travel only when `withNotes` is set. */
export function toFragment(state: CalculatorState, withNotes: boolean): string {
	const payload: Partial<CalculatorState> & { v: number } = {
		v: EXPORT_VERSION,
		scorecard: state.scorecard,
		card: state.card,
		ratings: state.ratings,
	};
	if (withNotes)
		Object.assign(payload, {
			notes: state.notes,
			interviewer: state.interviewer,
			candidate: state.candidate,
			override: state.override,
		});
	return `#s=${encode(JSON.stringify(payload))}`;
}

export function parseFragment(fragment: string): Parsed<CalculatorState> | null {
	const match = /^#?s=([A-Za-z0-9_-]*)$/.exec(fragment);
	if (fragment === '' || fragment === '#') return null;
	if (!match)
		return fail(
			'The link’s state is not in a form this calculator recognises; it may have been cut short when copied.',
		);
	let raw: unknown;
	try {
		raw = JSON.parse(decode(match[1] ?? ''));
	} catch {
		return fail('The link’s state is damaged (it may have been cut short when copied).');
	}
	if (!isObject(raw) || raw['v'] !== EXPORT_VERSION)
		return fail('The link was made by a different version of the calculator.');
	const parsed = parseState(raw);
	return parsed.ok ? parsed : fail(`The link’s state cannot be used: ${sentence(parsed.error)}`);
}

// ---- Markdown summary ---------------------------------------------------------------------

/** Markdown for an applicant tracking system. Text from the user is escaped so it cannot break the table. */
export function toMarkdown(state: CalculatorState, titles: (id: string) => string, cardTitle: string): string {
	const s = score(state.card, state.ratings, titles);
	const cell = (t: string) => t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
	const lines = [
		`## Interview rating: ${cell(cardTitle)}`,
		'',
		`- Candidate: ${cell(state.candidate || '(not given)')}`,
		`- Interviewer: ${cell(state.interviewer || '(not given)')}`,
		`- Composite: ${s.composite === null ? 'none yet' : s.composite.toFixed(2)} (coverage ${Math.round(s.coverage * 100)}%)`,
		`- Outcome: **${s.outcome}**: ${s.reason}`,
	];
	if (state.override)
		lines.push(
			`- Override: **${state.override.outcome}**, signed off by ${cell(state.override.signedOffBy)}. Evidence: ${cell(state.override.evidence)}`,
		);
	lines.push('', '| Competency | Weight | Rating | Evidence |', '| --- | --- | --- | --- |');
	for (const w of state.card.weights) {
		const r = state.ratings[w.competency];
		lines.push(
			`| ${cell(titles(w.competency))}${w.mustHave ? ` (must-have ≥ ${w.minRating})` : ''} | ${w.weight} | ${r ?? 'not assessed'} | ${cell(state.notes[w.competency] ?? '')} |`,
		);
	}
	return `${lines.join('\n')}\n`;
}
