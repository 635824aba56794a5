/**
 * The handoff from the interview session to the calculator: the evidence per competency and the
 * suggested rating, as the calculator reads it after "Finish and rate". Validated like any other
 * state (it comes from storage), and kept apart from the session's own logic so the calculator
 * loads only this.
 */
import { isRating, type Rating } from './rating-scale.ts';
import { blankRecord } from './records.ts';
import type { Parsed } from './session.ts';

/** How a suggestion reads the ticks; the rating scale's own rules follow it (SUGGESTION_RULES). */
export const SUGGESTION_SCOPE =
	'A suggestion, not a rating: it applies the rubric to the points ticked on every question asked that covers the competency.';
export type EvidenceKind = 'must-show' | 'depth' | 'hinted' | 'red flag' | 'green flag' | 'note';

export interface EvidenceItem {
	/** The question's title: every item names where it was seen. */
	question: string;
	kind: EvidenceKind;
	text: string;
	/** Minute on the question's clock, for notes. */
	minute?: number;
}

export interface Suggestion {
	rating: Rating;
	/** Which rule applied and the counts behind it, in plain words. */
	reason: string;
}

export interface CompetencyEvidence {
	items: EvidenceItem[];
	suggestion: Suggestion | null;
}

export const HANDOFF_FORMAT = 'python-interview-handbook/session-evidence';
export const HANDOFF_VERSION = 1;
const MAX_ITEMS = 400;
const MAX_TEXT = 2000;
const MAX_NAME = 200;
const KINDS: readonly EvidenceKind[] = ['must-show', 'depth', 'hinted', 'red flag', 'green flag', 'note'];

export interface SessionHandoff {
	format: typeof HANDOFF_FORMAT;
	version: typeof HANDOFF_VERSION;
	scorecard: string;
	/** Names typed in the session, if any; the calculator fills its own empty fields with them. */
	candidate?: string;
	interviewer?: string;
	/** Competency id → its evidence and suggestion; a prototype-free map. */
	competencies: Record<string, CompetencyEvidence>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

/** Validates a handoff for a scorecard whose weighted competencies are `known`. */
export function parseHandoff(v: unknown, scorecard: string, known: readonly string[]): Parsed<SessionHandoff> {
	const fail = (error: string): Parsed<SessionHandoff> => ({ ok: false, error });
	if (!isObject(v) || v['format'] !== HANDOFF_FORMAT || v['version'] !== HANDOFF_VERSION)
		return fail(`the evidence is not version ${HANDOFF_VERSION} of "${HANDOFF_FORMAT}"`);
	if (v['scorecard'] !== scorecard) return fail(`the evidence is for another scorecard, not "${scorecard}"`);
	const names: { candidate?: string; interviewer?: string } = {};
	for (const field of ['candidate', 'interviewer'] as const) {
		const name = v[field];
		if (name === undefined) continue;
		if (!text(name, MAX_NAME)) return fail(`${field} must be text of at most ${MAX_NAME} characters`);
		if (name.trim() !== '') names[field] = name;
	}
	const raw = v['competencies'];
	if (!isObject(raw)) return fail('competencies is missing; expected an object keyed by competency id');
	const out = blankRecord<CompetencyEvidence>();
	let count = 0;
	for (const [id, c] of Object.entries(raw)) {
		const field = `competencies["${id.slice(0, 40)}"]`;
		if (!known.includes(id)) return fail(`${field} is not a competency of this scorecard`);
		if (!isObject(c) || !Array.isArray(c['items'])) return fail(`${field}.items is missing; expected a list`);
		const items: EvidenceItem[] = [];
		for (const [i, item] of c['items'].entries()) {
			if (++count > MAX_ITEMS) return fail(`there are more than ${MAX_ITEMS} evidence items`);
			const minute = isObject(item) ? item['minute'] : undefined;
			if (
				!isObject(item) ||
				!text(item['question'], 300) ||
				!text(item['text']) ||
				!KINDS.includes(item['kind'] as EvidenceKind) ||
				!(minute === undefined || (Number.isInteger(minute) && (minute as number) >= 0 && (minute as number) < 1000))
			)
				return fail(`${field}.items[${i}] is malformed; expected a question title, a kind, a text and a minute`);
			items.push({
				question: item['question'],
				kind: item['kind'] as EvidenceKind,
				text: item['text'],
				...(minute === undefined ? {} : { minute: minute as number }),
			});
		}
		const s = c['suggestion'];
		if (s !== null && (!isObject(s) || !isRating(s['rating']) || !text(s['reason'])))
			return fail(`${field}.suggestion is malformed; expected null or a rating from 1 to 4 with a reason`);
		out[id] = {
			items,
			suggestion: s === null ? null : { rating: s['rating'] as Rating, reason: s['reason'] as string },
		};
	}
	return {
		ok: true,
		value: { format: HANDOFF_FORMAT, version: HANDOFF_VERSION, scorecard, ...names, competencies: out },
	};
}

/**
 * The evidence a rating export carries in its `sessionEvidence` field, read as strictly as a
 * handoff: null when the export has none, an error naming the field when it is malformed or names
 * a competency the (deciding) card does not weight.
 */
export function parseExportEvidence(
	v: unknown,
	scorecard: string,
	known: readonly string[],
): Parsed<Record<string, CompetencyEvidence> | null> {
	if (v === undefined || v === null) return { ok: true, value: null };
	const handoff = { format: HANDOFF_FORMAT, version: HANDOFF_VERSION, scorecard, competencies: v };
	const parsed = parseHandoff(handoff, scorecard, known);
	if (parsed.ok) return { ok: true, value: parsed.value.competencies };
	// The handoff's messages name its own field; in an export the field is sessionEvidence.
	const error = parsed.error
		.replace(/^competencies is missing; expected/, 'sessionEvidence is not')
		.replace(/^competencies\[/, 'sessionEvidence[');
	return { ok: false, error };
}

/** The session's names in the fields left empty; a name already there is never replaced. */
export function withSessionNames<T extends { candidate: string; interviewer: string }>(
	state: T,
	handoff: SessionHandoff | null,
): T {
	if (!handoff) return state;
	return {
		...state,
		candidate: state.candidate.trim() === '' ? (handoff.candidate ?? state.candidate) : state.candidate,
		interviewer: state.interviewer.trim() === '' ? (handoff.interviewer ?? state.interviewer) : state.interviewer,
	};
}

/** One evidence item as a line: "[Question, min 4] note: text". */
export function evidenceLine(item: EvidenceItem): string {
	const where = item.minute === undefined ? item.question : `${item.question}, min ${item.minute}`;
	const kind = item.kind === 'hinted' ? 'shown after a hint (does not count)' : item.kind;
	return `[${where}] ${kind}: ${item.text}`;
}

/**
 * The session's part of the calculator's Markdown export: per competency the rating set beside
 * the suggestion (saying where they differ) and the evidence lines. Text is flattened to one line.
 */
export function handoffMarkdown(
	handoff: SessionHandoff,
	ratings: Readonly<Record<string, Rating | null | undefined>>,
	order: readonly string[],
	title: (id: string) => string,
): string {
	const flat = (t: string) => t.replace(/\r?\n/g, ' ');
	const lines = [
		'',
		'## Evidence from the interview session',
		'',
		`${SUGGESTION_SCOPE} The interviewer set every rating.`,
	];
	for (const id of order) {
		const c = handoff.competencies[id];
		if (!c) continue;
		const rated = ratings[id] ?? null;
		const suggested = c.suggestion?.rating ?? null;
		const set = rated === null ? 'not rated' : `rated ${rated}`;
		const against = suggested === null ? 'no suggestion (no question asked covers it)' : `suggested ${suggested}`;
		const differs = rated !== null && suggested !== null && rated !== suggested ? ' (differs from the suggestion)' : '';
		lines.push('', `### ${flat(title(id))}: ${set}, ${against}${differs}`, '');
		if (c.suggestion) lines.push(`Why ${suggested}: ${flat(c.suggestion.reason)}`, '');
		for (const item of c.items) lines.push(`- ${flat(evidenceLine(item))}`);
		if (c.items.length === 0) lines.push('- No evidence recorded.');
	}
	return `${lines.join('\n')}\n`;
}
