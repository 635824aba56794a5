/**
 * The calculator's state and every way it travels: the JSON export (versioned), the share link
 * (URL fragment) and localStorage. Every parser takes untrusted text and returns either a valid
 * state or a message; none throws, and nothing parsed is ever treated as markup or code.
 */
import { cardProblem } from './card-rules.ts';
import { isRating, type Rating } from './rating-scale.ts';
import { blankRecord, own, recordFrom, withKey } from './records.ts';
import {
	BAR_RAISER_SCOPES,
	isDecision,
	OUTCOME_LABEL,
	percentOf,
	score,
	type BarRaiserScope,
	type Decision,
	type Outcome,
	type ScoringCard,
	type ScoringWeight,
} from './scoring.ts';
import type { CompetencyEvidence, SessionHandoff } from './session-handoff.ts';
import { ENTRY_ID } from './taxonomy.ts';

/** The name and version of the JSON export, read by the panel and written by the calculator. */
export const EXPORT_FORMAT = 'python-interview-handbook/rating';
export const EXPORT_VERSION = 1;
/** The scorecard id of a card built on the calculator page rather than taken from the handbook. */
export const CUSTOM = 'custom';
export const MIN_OVERRIDE_EVIDENCE = 30;
/** Evidence is words: at least this many, and no one character more than half of the text. */
export const MIN_EVIDENCE_WORDS = 5;
const MAX_TEXT = 5000;
const MAX_COMPETENCIES = 40;
const ID = ENTRY_ID;

export interface Override {
	outcome: Decision;
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
	/** "custom" for a card built on the page; "handbook" when the handbook's definition was used. */
	cardSource: 'handbook' | 'custom';
	composite: number | null;
	coverage: number;
	outcome: Outcome;
	finalOutcome: Outcome;
	/** What the interview session recorded per competency, when the ratings followed one. */
	sessionEvidence?: Record<string, CompetencyEvidence>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export function emptyState(scorecard: string, card: ScoringCard): CalculatorState {
	return {
		scorecard,
		card,
		interviewer: '',
		candidate: '',
		ratings: blankRecord(),
		notes: blankRecord(),
		override: null,
	};
}

/**
 * Why a text does not count as written evidence, or null when it does: at least
 * MIN_OVERRIDE_EVIDENCE characters, MIN_EVIDENCE_WORDS words, and not one character repeated
 * (thirty "a"s, or "a a a a a …", is not evidence).
 */
export function evidenceProblem(text: string): string | null {
	const t = text.trim();
	if (t.length < MIN_OVERRIDE_EVIDENCE)
		return `Write at least ${MIN_OVERRIDE_EVIDENCE} characters of evidence for the override (${t.length} so far).`;
	const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
	const chars = [...t.replace(/\s+/g, '').toLowerCase()];
	const counts = new Map<string, number>();
	for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
	const most = Math.max(...counts.values());
	if (words.length < MIN_EVIDENCE_WORDS || most * 2 > chars.length)
		return `Write the evidence in words: what the candidate did or said, in at least ${MIN_EVIDENCE_WORDS} words, not repeated characters.`;
	return null;
}

/** Why an override cannot be accepted, or null when it can; `current` is the outcome it overrides. */
export function overrideProblem(o: { evidence: string; signedOffBy: string }, current?: Outcome): string | null {
	if (current === 'incomplete')
		return 'An incomplete result cannot be overridden: rate the must-haves and enough of the weight first, then decide.';
	const evidence = evidenceProblem(o.evidence);
	if (evidence) return evidence;
	if (o.signedOffBy.trim().length === 0) return 'Name the person who signs the override off.';
	return null;
}

/**
 * Sets one rating. An override was written against the ratings as they were, so changing one
 * removes it, and `cleared` says so for the page to tell the user.
 */
export function setRating(
	state: CalculatorState,
	competency: string,
	rating: Rating | null,
): { state: CalculatorState; cleared: Override | null } {
	const ratings = withKey(state.ratings, competency, rating);
	const changed = (own(state.ratings, competency) ?? null) !== rating;
	const cleared = changed ? state.override : null;
	return { state: { ...state, ratings, override: cleared ? null : state.override }, cleared };
}

/** What the page says when a rating change removed an override. */
export function overrideClearedNotice(o: Override): string {
	return `The override to ${OUTCOME_LABEL[o.outcome]} signed off by ${o.signedOffBy} was removed: it was written against the ratings before this change. Apply it again if it still holds.`;
}

export function toExport(
	state: CalculatorState,
	now: Date = new Date(),
	session: SessionHandoff | null = null,
): RatingExport {
	const s = score(state.card, state.ratings);
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		cardSource: state.scorecard === CUSTOM ? 'custom' : 'handbook',
		...state,
		composite: s.composite,
		coverage: Math.round(s.coverage * 10000) / 10000,
		outcome: s.outcome,
		finalOutcome: state.override?.outcome ?? s.outcome,
		...(session ? { sessionEvidence: session.competencies } : {}),
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
		return fail(`the scorecard needs between 1 and ${MAX_COMPETENCIES} weighted competencies`);
	const out: ScoringWeight[] = [];
	for (const w of weights) {
		if (!isObject(w) || typeof w['competency'] !== 'string' || !ID.test(w['competency']))
			return fail('a weighted competency has no valid id');
		const minRating = w['minRating'] ?? null;
		if (minRating !== null && !isRating(minRating))
			return fail(`the minimum rating of ${w['competency']} is not 1 to 4`);
		// A weight is a number, never a string that looks like one: "40" is refused, not converted.
		const weight = typeof w['weight'] === 'number' ? w['weight'] : Number.NaN;
		out.push({ competency: w['competency'], weight, mustHave: w['mustHave'] === true, minRating });
	}
	if (!isObject(thresholds)) return fail('the thresholds are missing');
	const pass = thresholds['pass'];
	const hold = thresholds['hold'];
	if (typeof pass !== 'number' || typeof hold !== 'number') return fail('the thresholds must be numbers from 1 to 4');
	if (typeof minCoverage !== 'number') return fail('the minimum coverage must be a number between 0 and 1');
	const bar = v['barRaiser'];
	let barRaiser: ScoringCard['barRaiser'];
	if (bar !== undefined && bar !== null) {
		const count = isObject(bar) ? bar['count'] : undefined;
		if (
			!isObject(bar) ||
			!isRating(bar['rating']) ||
			typeof count !== 'number' ||
			!Number.isInteger(count) ||
			count < 1 ||
			!(BAR_RAISER_SCOPES as readonly unknown[]).includes(bar['among'])
		)
			return fail(
				'the bar-raiser rule must give a rating of 1 to 4, a count of competencies and "must-haves" or "any"',
			);
		barRaiser = { rating: bar['rating'], count, among: bar['among'] as BarRaiserScope };
	}
	const card: ScoringCard = {
		weights: out,
		thresholds: { pass, hold },
		minCoverage,
		...(barRaiser ? { barRaiser } : {}),
	};
	const problem = cardProblem(card);
	return problem ? fail(lowerFirst(problem)) : { ok: true, value: card };
}

/** "Weights sum to 90…" reads as the second half of "cannot be used: weights sum to 90…". */
const lowerFirst = (t: string) => (/^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t);

function parseRatings(v: unknown, card: ScoringCard): Parsed<Record<string, Rating | null>> {
	if (v === undefined) return { ok: true, value: {} };
	if (!isObject(v)) return fail('the ratings are not a list of competency: rating pairs');
	const known = new Set(card.weights.map((w) => w.competency));
	const out = blankRecord<Rating | null>();
	for (const [id, r] of Object.entries(v)) {
		if (!known.has(id)) return fail(`"${id.slice(0, 40)}" is not a competency on this scorecard`);
		if (r !== null && !isRating(r)) return fail(`the rating for ${id} must be 1, 2, 3, 4 or not assessed`);
		out[id] = r;
	}
	return { ok: true, value: out };
}

function parseNotes(v: unknown, card: ScoringCard): Record<string, string> {
	if (!isObject(v)) return blankRecord();
	const known = new Set(card.weights.map((w) => w.competency));
	return recordFrom(
		Object.entries(v).flatMap(([id, t]) =>
			known.has(id) && typeof t === 'string' ? [[id, t.slice(0, MAX_TEXT)] as const] : [],
		),
	);
}

function parseOverride(v: unknown): Parsed<Override | null> {
	if (v === undefined || v === null) return { ok: true, value: null };
	if (!isObject(v)) return fail('the override is malformed');
	const outcome = v['outcome'];
	const evidence = cleanText(v['evidence']) ?? '';
	const signedOffBy = cleanText(v['signedOffBy'], 200) ?? '';
	if (!isDecision(outcome)) return fail('the override outcome must be pass, hold or decline');
	const problem = overrideProblem({ evidence, signedOffBy });
	if (problem) return fail(`the override is not valid: ${problem.replace(/\.$/, '')}`);
	return { ok: true, value: { outcome, evidence, signedOffBy } };
}

/** Validates a plain object as calculator state (used for imports and storage alike). */
export function parseState(v: unknown): Parsed<CalculatorState> {
	if (!isObject(v)) return fail('expected a JSON object');
	const scorecard = v['scorecard'];
	if (typeof scorecard !== 'string' || !(scorecard === CUSTOM || ID.test(scorecard)))
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

/** The prefix of the calculator's state in a URL fragment; any other fragment is an in-page anchor. */
export const FRAGMENT_PREFIX = '#s=';

/** A share link's state, and whether it carried only the ratings (no notes, names or override). */
export interface LinkState {
	state: CalculatorState;
	ratingsOnly: boolean;
}

/**
 * Reads a share link's fragment. Null when the fragment is not calculator state at all (empty, or
 * an in-page anchor such as #main from "Skip to content"); a message when it is, but damaged.
 */
export function parseLink(fragment: string): Parsed<LinkState> | null {
	// "s=…" without its "#" (pasted by hand) opens too.
	const body = `#${fragment.replace(/^#/, '')}`.startsWith(FRAGMENT_PREFIX) ? fragment.replace(/^#?s=/, '') : null;
	if (body === null) return null;
	if (!/^[A-Za-z0-9_-]*$/.test(body))
		return fail(
			'The link’s state is not in a form this calculator recognises; it may have been cut short when copied.',
		);
	let raw: unknown;
	try {
		raw = JSON.parse(decode(body));
	} catch {
		return fail('The link’s state is damaged (it may have been cut short when copied).');
	}
	if (!isObject(raw) || raw['v'] !== EXPORT_VERSION)
		return fail('The link was made by a different version of the calculator.');
	const parsed = parseState(raw);
	if (!parsed.ok) return fail(`The link’s state cannot be used: ${sentence(parsed.error)}`);
	return { ok: true, value: { state: parsed.value, ratingsOnly: !Object.hasOwn(raw, 'notes') } };
}

export function parseFragment(fragment: string): Parsed<CalculatorState> | null {
	const link = parseLink(fragment);
	return link && (link.ok ? { ok: true, value: link.value.state } : link);
}

// ---- Markdown summary ---------------------------------------------------------------------

/**
 * Text a user typed, made inert for a Markdown renderer: every character that opens HTML, a link,
 * an image, an autolink, emphasis, code or a table cell is backslash-escaped (CommonMark renders
 * an escaped character as itself), and line breaks become spaces so a note stays in its cell.
 */
export function markdownText(text: string): string {
	return text.replace(/[\\`*_[\]<>!|~&]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

/** Markdown for an applicant tracking system. Everything typed goes through markdownText. */
export function toMarkdown(state: CalculatorState, titles: (id: string) => string, cardTitle: string): string {
	const s = score(state.card, state.ratings, titles);
	const cell = markdownText;
	const custom = state.scorecard === CUSTOM;
	const lines = [
		`## Interview rating: ${cell(cardTitle)}${custom ? ' (custom scorecard)' : ''}`,
		'',
		custom
			? '- Scorecard: custom, built in the calculator; not a handbook scorecard'
			: `- Scorecard: the handbook’s ${cell(state.scorecard)}, scored by its handbook definition`,
		`- Candidate: ${cell(state.candidate || '(not given)')}`,
		`- Interviewer: ${cell(state.interviewer || '(not given)')}`,
		`- Composite: ${s.composite === null ? 'none yet' : s.composite.toFixed(2)} (coverage ${percentOf(s.assessedWeight, s.totalWeight)})`,
		`- Outcome: **${s.outcome}**: ${cell(s.reason)}`,
	];
	if (state.override)
		lines.push(
			`- Override: **${state.override.outcome}**, signed off by ${cell(state.override.signedOffBy)}. Evidence: ${cell(state.override.evidence)}`,
		);
	lines.push('', '| Competency | Weight | Rating | Evidence |', '| --- | --- | --- | --- |');
	for (const w of state.card.weights) {
		const r = own(state.ratings, w.competency);
		lines.push(
			`| ${cell(titles(w.competency))}${w.mustHave ? ` (must-have ≥ ${w.minRating})` : ''} | ${w.weight} | ${r ?? 'not assessed'} | ${cell(own(state.notes, w.competency) ?? '')} |`,
		);
	}
	return `${lines.join('\n')}\n`;
}

// ---- saved work ---------------------------------------------------------------------------

/** Whether a state holds anything a user would miss: a rating, a note, a name or an override. */
export function hasWork(state: CalculatorState): boolean {
	return (
		Object.values(state.ratings).some((r) => r !== null) ||
		Object.values(state.notes).some((n) => n.trim() !== '') ||
		state.interviewer.trim() !== '' ||
		state.candidate.trim() !== '' ||
		state.override !== null
	);
}

/** Whether two states hold the same work (the same ratings, notes, names and override). */
export function sameWork(a: CalculatorState, b: CalculatorState): boolean {
	const work = (s: CalculatorState) =>
		JSON.stringify([
			s.scorecard,
			Object.entries(s.ratings)
				.filter(([, r]) => r !== null)
				.sort(),
			Object.entries(s.notes)
				.filter(([, n]) => n !== '')
				.sort(),
			s.interviewer,
			s.candidate,
			s.override,
		]);
	return work(a) === work(b);
}
