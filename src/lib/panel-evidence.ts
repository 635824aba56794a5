/**
 * What each interviewer wrote behind each rating, for the debrief: per competency, largest spread
 * first (the order the debrief guide discusses them in), every interviewer's rating, note and the
 * interview session's evidence when their export carried it. The panel reads it aloud; it never
 * changes a rating.
 */
import type { PanelEntry, PanelSummary } from './panel.ts';
import type { Rating } from './rating-scale.ts';
import { own } from './records.ts';
import type { EvidenceItem, Suggestion } from './session-handoff.ts';

export interface InterviewerEvidence {
	interviewer: string;
	rating: Rating | null;
	/** The interviewer's own words for this competency; '' when they wrote none. */
	note: string;
	/** What the interview session recorded; empty when the export carried no session evidence. */
	items: EvidenceItem[];
	suggestion: Suggestion | null;
	/** Rated without a word of evidence: the debrief lead asks for it. */
	unsupported: boolean;
}

export interface EvidenceRow {
	competency: string;
	spread: number;
	discuss: boolean;
	interviewers: InterviewerEvidence[];
}

export function panelEvidence(summary: PanelSummary, entries: readonly PanelEntry[]): EvidenceRow[] {
	const rows = summary.rows.map((row) => ({
		competency: row.competency,
		spread: row.spread,
		discuss: row.discuss,
		interviewers: entries.map((entry, i): InterviewerEvidence => {
			const note = (own(entry.state.notes, row.competency) ?? '').trim();
			const session = entry.evidence ? own(entry.evidence, row.competency) : undefined;
			const items = session?.items ?? [];
			const rating = row.ratings[i] ?? null;
			return {
				// summarisePanel names every interviewer, "Interviewer 2" when the export left it blank.
				interviewer: summary.interviewers[i]!.name,
				rating,
				note,
				items,
				suggestion: session?.suggestion ?? null,
				unsupported: rating !== null && note === '' && items.length === 0,
			};
		}),
	}));
	// Array.prototype.sort is stable, so equal spreads keep the scorecard's order.
	return rows.sort((a, b) => b.spread - a.spread);
}
