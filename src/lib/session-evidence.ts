/**
 * From a session to a scorecard: the evidence each competency gathered (every question asked
 * that covers it, each item naming its question) and the rating the rubric rule suggests. The
 * rule is the rating scale's, quoted from RUBRIC_RULES, never re-worded; the interviewer still
 * sets every rating. What the calculator reads is in session-handoff.ts.
 */
import { covers } from './kit.ts';
import { RUBRIC_RULES } from './rubric.ts';
import { recordFrom } from './records.ts';
import type { SessionQuestion, SessionState } from './session.ts';
import {
	HANDOFF_FORMAT,
	HANDOFF_VERSION,
	type EvidenceItem,
	type EvidenceKind,
	type SessionHandoff,
	type Suggestion,
} from './session-handoff.ts';

/** The rating scale's rules the suggestion applies, quoted (SUGGESTION_SCOPE says how). */
export const SUGGESTION_RULES = [RUBRIC_RULES[0], RUBRIC_RULES[1], RUBRIC_RULES[2]] as const;

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
		...(state.candidate.trim() ? { candidate: state.candidate } : {}),
		...(state.interviewer.trim() ? { interviewer: state.interviewer } : {}),
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
