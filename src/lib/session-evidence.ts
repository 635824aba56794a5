/**
 * From a session to a scorecard: the evidence each competency gathered (every question asked
 * that covers it, each item naming its question) and the rating the rubric rule suggests. The
 * rule is the rating scale's, quoted from RUBRIC_RULES, never re-worded; the interviewer still
 * sets every rating. The handoff is what the calculator reads, validated like any other state.
 */
import { covers } from './kit.ts';
import { isRating, type Rating } from './rating-scale.ts';
import { RUBRIC_RULES } from './rubric.ts';
import { blankRecord, recordFrom } from './records.ts';
import { type Parsed, type SessionQuestion, type SessionState } from './session.ts';

/** How the suggestion reads the ticks, followed by the rating scale's own rules. */
export const SUGGESTION_SCOPE =
	'A suggestion, not a rating: it applies the rubric to the points ticked on every question asked that covers the competency.';
export const SUGGESTION_RULES = [RUBRIC_RULES[0], RUBRIC_RULES[1], RUBRIC_RULES[2]] as const;

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

type Includes = Readonly<Record<string, readonly string[]>>;

function askedCovering(state: SessionState, bank: ReadonlyMap<string, SessionQuestion>, c: string, inc: Includes) {
	return state.kit.items.flatMap((item) => {
		const q = bank.get(item.id);
		const e = state.questions[item.id];
		return q && e && e.asked && covers(q, c, inc) ? [{ q, e }] : [];
	});
}

/** Every tick, flag and note of the asked questions that cover the competency, in kit order. */
export function competencyEvidence(
	state: SessionState,
	bank: ReadonlyMap<string, SessionQuestion>,
	competency: string,
	includes: Includes = {},
): EvidenceItem[] {
	return askedCovering(state, bank, competency, includes).flatMap(({ q, e }) => {
		const items: EvidenceItem[] = [];
		const at = (kind: EvidenceKind, text: string) => items.push({ question: q.title, kind, text });
		e.mustShow.forEach((m, i) => m.shown && at(m.hinted ? 'hinted' : 'must-show', q.mustShow[i]!));
		e.depth.forEach((m, i) => m.shown && at(m.hinted ? 'hinted' : 'depth', q.depth[i]!));
		e.greenFlags.forEach((f, i) => f && at('green flag', q.greenFlags[i]!));
		e.redFlags.forEach((f, i) => f && at('red flag', q.redFlags[i]!));
		for (const n of e.notes) items.push({ question: q.title, kind: 'note', text: n.text, minute: n.minute });
		return items;
	});
}

/**
 * The rating the rubric rule gives the ticks: every must-show point of every question asked that
 * covers the competency → 3; and each of those questions' needed depth points too → 4; some
 * must-show points → 2; none → 1. A hinted point does not count. Null when no such question was asked.
 */
export function suggestRating(
	state: SessionState,
	bank: ReadonlyMap<string, SessionQuestion>,
	competency: string,
	includes: Includes = {},
): Suggestion | null {
	const asked = askedCovering(state, bank, competency, includes);
	if (asked.length === 0) return null;
	const counts = (marks: { shown: boolean; hinted: boolean }[]) => marks.filter((m) => m.shown && !m.hinted).length;
	const total = asked.reduce((s, { q }) => s + q.mustShow.length, 0);
	const shown = asked.reduce((s, { e }) => s + counts(e.mustShow), 0);
	const hinted = asked.reduce((s, { e }) => s + [...e.mustShow, ...e.depth].filter((m) => m.hinted).length, 0);
	const deep = asked.every(({ q, e }) => counts(e.depth) >= q.depthNeeded);
	const on = `${asked.length === 1 ? `1 question` : `${asked.length} questions`} asked`;
	const hints = hinted > 0 ? `; ${hinted} hinted point${hinted === 1 ? '' : 's'} not counted` : '';
	const base = `${shown} of ${total} must-show points on ${on}${hints}`;
	if (shown === total && deep)
		return { rating: 4, reason: `${base}, and the depth points a 4 needs. ${RUBRIC_RULES[1]}` };
	if (shown === total) return { rating: 3, reason: `${base}. ${RUBRIC_RULES[0]}` };
	return { rating: shown > 0 ? 2 : 1, reason: `${base}. ${RUBRIC_RULES[0]}` };
}

// ---- the handoff to the calculator -----------------------------------------------------------------

export const HANDOFF_FORMAT = 'python-interview-handbook/session-evidence';
export const HANDOFF_VERSION = 1;
const MAX_ITEMS = 400;
const MAX_TEXT = 2000;
const KINDS: readonly EvidenceKind[] = ['must-show', 'depth', 'hinted', 'red flag', 'green flag', 'note'];

export interface SessionHandoff {
	format: typeof HANDOFF_FORMAT;
	version: typeof HANDOFF_VERSION;
	scorecard: string;
	/** Competency id → its evidence and suggestion; a prototype-free map. */
	competencies: Record<string, CompetencyEvidence>;
}

export function toHandoff(
	state: SessionState,
	bank: ReadonlyMap<string, SessionQuestion>,
	competencies: readonly string[],
	includes: Includes = {},
): SessionHandoff {
	return {
		format: HANDOFF_FORMAT,
		version: HANDOFF_VERSION,
		scorecard: state.kit.scorecard,
		competencies: recordFrom(
			competencies.map((c) => [
				c,
				{
					items: competencyEvidence(state, bank, c, includes),
					suggestion: suggestRating(state, bank, c, includes),
				},
			]),
		),
	};
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

/** Validates a handoff for a scorecard whose weighted competencies are `known`. */
export function parseHandoff(v: unknown, scorecard: string, known: readonly string[]): Parsed<SessionHandoff> {
	const fail = (error: string): Parsed<SessionHandoff> => ({ ok: false, error });
	if (!isObject(v) || v['format'] !== HANDOFF_FORMAT || v['version'] !== HANDOFF_VERSION)
		return fail(`the evidence is not version ${HANDOFF_VERSION} of "${HANDOFF_FORMAT}"`);
	if (v['scorecard'] !== scorecard) return fail(`the evidence is for another scorecard, not "${scorecard}"`);
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
	return { ok: true, value: { format: HANDOFF_FORMAT, version: HANDOFF_VERSION, scorecard, competencies: out } };
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
