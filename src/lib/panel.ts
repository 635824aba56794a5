/**
 * The panel view: several interviewers' exports of the same scorecard side by side, with the
 * spread per competency, each interviewer's outcome, the panel's composite and agreement. Each
 * file is judged alone (by the handbook's card, see card-authority.ts), so one bad or forged file
 * never blocks the honest ones; the same export twice, or two from one interviewer, is refused.
 */
import { agreementReading, ordinalAlpha, type Alpha } from './agreement.ts';
import { readExport, type HandbookLookup } from './card-authority.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, sameWork, type CalculatorState } from './calculator-state.ts';
import { DISCUSS_SPREAD, type Rating } from './rating-scale.ts';
import { own } from './records.ts';
import { panelScore, score, type Outcome, type ScoringCard } from './scoring.ts';
import { parseExportEvidence, type CompetencyEvidence } from './session-handoff.ts';

/** Re-exported: the spread that goes to the top of the debrief is defined once, with the rating scale. */
export { DISCUSS_SPREAD };

export interface PanelRow {
	competency: string;
	weight: number;
	/** One entry per interviewer, in import order; null when not assessed. */
	ratings: (Rating | null)[];
	mean: number | null;
	/** Highest minus lowest rating among those given. */
	spread: number;
	/** A spread of DISCUSS_SPREAD points or more. */
	discuss: boolean;
}

export interface PanelSummary {
	rows: PanelRow[];
	interviewers: { name: string; composite: number | null; outcome: Outcome; finalOutcome: Outcome }[];
	/** The composite of the per-competency mean ratings, weighted as on the scorecard. */
	composite: number | null;
	agreement: Alpha;
}

/** One imported export: its state (with the deciding card), the file it came from, what was said. */
export interface PanelEntry {
	state: CalculatorState;
	file: string;
	notices: string[];
	/** The interview session's evidence per competency, when the export carried it. */
	evidence: Record<string, CompetencyEvidence> | null;
}

const nameOf = (s: CalculatorState) => s.interviewer.trim().toLowerCase();

/** Why `next` cannot join a panel of `states`, or null when it can. */
function joinProblem(states: readonly CalculatorState[], next: CalculatorState): string | null {
	const first = states[0];
	if (!first) return null;
	if (next.scorecard !== first.scorecard)
		return `These exports are for different scorecards ("${first.scorecard}" and "${next.scorecard}"); a panel compares ratings of one scorecard.`;
	if (JSON.stringify(next.card) !== JSON.stringify(first.card))
		return `Two exports of "${first.scorecard}" use different weights or thresholds; ask everyone to export from the same version of the scorecard.`;
	const twin = states.findIndex((s) => sameWork(s, next));
	if (twin >= 0) return `it is the same export as interviewer ${twin + 1}’s, already in the panel.`;
	const same = states.findIndex((s) => nameOf(s) !== '' && nameOf(s) === nameOf(next));
	if (same >= 0)
		return `${next.interviewer.trim()} is already in the panel; remove that column first to replace it with this export.`;
	return null;
}

/** The exports must all score one scorecard with one card, each interviewer once. */
export function panelProblem(states: readonly CalculatorState[]): string | null {
	for (let i = 1; i < states.length; i++) {
		const problem = joinProblem(states.slice(0, i), states[i]!);
		if (problem) return problem;
	}
	return null;
}

/**
 * Judges one file on its own and adds it, or says why not, naming the file. A file refused never
 * changes the panel.
 */
export function addToPanel(
	entries: readonly PanelEntry[],
	text: string,
	file: string,
	handbook: HandbookLookup,
	label: (id: string) => string,
): { ok: true; entry: PanelEntry } | { ok: false; error: string } {
	const read = readExport(text, handbook, label);
	if (!read.ok) return { ok: false, error: `Could not import ${file}: ${read.error}` };
	const problem = joinProblem(
		entries.map((e) => e.state),
		read.value.state,
	);
	if (problem) return { ok: false, error: `Could not import ${file}: ${problem}` };
	const { state, notices } = read.value;
	// Read against the deciding card: evidence for a competency it does not weight is not kept.
	const raw = (JSON.parse(text) as Record<string, unknown>)['sessionEvidence'];
	const known = state.card.weights.map((w) => w.competency);
	const evidence = parseExportEvidence(raw, state.scorecard, known);
	if (!evidence.ok)
		notices.push(`The interview session’s evidence in ${file} was left out (${evidence.error}); its ratings are in.`);
	return { ok: true, entry: { state, file, notices, evidence: evidence.ok ? evidence.value : null } };
}

/** What the panel keeps in storage: each file's name and exact text, re-judged on every load. */
export function savePanel(entries: readonly PanelEntry[]): string {
	return JSON.stringify(
		entries.map((e) => ({
			file: e.file,
			text: JSON.stringify({
				format: EXPORT_FORMAT,
				version: EXPORT_VERSION,
				...e.state,
				...(e.evidence ? { sessionEvidence: e.evidence } : {}),
			}),
		})),
	);
}

/** Restores a saved panel; every export that cannot be restored is named in a notice. */
export function loadPanel(
	stored: string | null,
	handbook: HandbookLookup,
	label: (id: string) => string,
): { entries: PanelEntry[]; notices: string[] } {
	if (stored === null) return { entries: [], notices: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(stored);
	} catch {
		raw = null;
	}
	if (!Array.isArray(raw))
		return {
			entries: [],
			notices: ['The panel saved earlier could not be read; start again by importing the exports.'],
		};
	const entries: PanelEntry[] = [];
	const notices: string[] = [];
	raw.forEach((item: unknown, i) => {
		// Earlier versions saved the bare export text.
		const saved =
			typeof item === 'string'
				? { file: `saved export ${i + 1}`, text: item }
				: typeof item === 'object' && item !== null
					? (item as Record<string, unknown>)
					: {};
		const file = typeof saved['file'] === 'string' ? saved['file'].slice(0, 100) : `saved export ${i + 1}`;
		if (typeof saved['text'] !== 'string') {
			notices.push(`The saved export ${i + 1} was not an export and was dropped.`);
			return;
		}
		const added = addToPanel(entries, saved['text'], file, handbook, label);
		if (added.ok) entries.push(added.entry);
		else notices.push(`${added.error.replace(/^Could not import/, 'Dropped the saved')}`);
	});
	return { entries, notices };
}

export function summarisePanel(
	card: ScoringCard,
	states: readonly CalculatorState[],
	label: (id: string) => string = (id) => id,
): PanelSummary {
	const rows = card.weights.map((w) => {
		const ratings = states.map((s) => own(s.ratings, w.competency) ?? null);
		const given = ratings.filter((r): r is Rating => r !== null);
		const mean = given.length === 0 ? null : given.reduce<number>((a, b) => a + b, 0) / given.length;
		const spread = given.length < 2 ? 0 : Math.max(...given) - Math.min(...given);
		return { competency: w.competency, weight: w.weight, ratings, mean, spread, discuss: spread >= DISCUSS_SPREAD };
	});
	const interviewers = states.map((s, i) => {
		const result = score(card, s.ratings);
		return {
			name: s.interviewer.trim() || `Interviewer ${i + 1}`,
			composite: result.composite,
			outcome: result.outcome,
			finalOutcome: s.override?.outcome ?? result.outcome,
		};
	});
	const units = rows.map((r) => r.ratings);
	const alpha = ordinalAlpha(units);
	const flagged = rows.filter((r) => r.discuss).map((r) => label(r.competency));
	return {
		rows,
		interviewers,
		// The same composite, by the same rounding, as the panel's outcome.
		composite: panelScore(
			card,
			states.map((s) => s.ratings),
		).composite,
		agreement: { ...alpha, reading: agreementReading(alpha, units, flagged) },
	};
}
