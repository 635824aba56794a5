/**
 * The interview kit builder's selection logic: for one stage of a scorecard, propose questions
 * that match the level, cover every focus competency and fit in 90% of the minutes (the rest is
 * for introductions and the candidate's questions). Deterministic: the same inputs always give
 * the same kit, so a kit can be a link.
 *
 * Coverage is solved exactly, not greedily: over the focus competencies (a handful), a small
 * dynamic programme over coverage masks finds the shortest set of questions for each set of
 * competencies. The kit covers the heaviest set that fits; only then is spare time filled.
 * The scorecard's suggested questions for the stage come first: the kit uses them alone when
 * they cover as much as the whole bank could, and fills spare time from them before the rest.
 */
import { assesses, includedIn } from './competency-questions.ts';

export interface KitQuestion {
	id: string;
	title: string;
	competencies: readonly string[];
	levels: readonly string[];
	minutes: number;
	status: string;
	/** Only counted: a link's `~N` must name one of them. */
	variations: readonly unknown[];
}

export interface KitStageInput {
	level: string;
	minutes: number;
	/** Focus competencies with their scorecard weights. */
	focus: readonly { competency: string; weight: number }[];
	/** Broad competencies (e.g. technical knowledge) and the narrower ones that give evidence for them. */
	includes?: Readonly<Record<string, readonly string[]>>;
	/** The scorecard's suggested questions for the stage, preferred when they serve as well. */
	suggested?: readonly string[];
}

export interface KitProposal {
	/** The minutes questions may use: 90% of the stage, rounded down. */
	budget: number;
	questions: string[];
	used: number;
	/** Focus competencies the kit covers, with the questions covering each. */
	coverage: { competency: string; questions: string[] }[];
	/** Focus competencies left out, each with the reason. */
	uncovered: { competency: string; reason: string }[];
}

export const INTERVIEWER_SHARE = 0.1;
/** More focus competencies than this make the exact search too large; the rest are covered greedily. */
const MAX_EXACT = 12;

export function kitBudget(minutes: number): number {
	return Math.floor(minutes * (1 - INTERVIEWER_SHARE) + 1e-9);
}

/** Whether a question gives evidence for a competency: the handbook's one rule, in competency-questions.ts. */
export function covers(q: KitQuestion, competency: string, includes: KitStageInput['includes'] = {}): boolean {
	return assesses(q.competencies, competency, includedIn(includes, competency));
}

export function eligible(bank: readonly KitQuestion[], level: string): KitQuestion[] {
	return bank
		.filter((q) => q.status === 'active' && q.levels.includes(level))
		.sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id));
}

export function proposeKit(bank: readonly KitQuestion[], stage: KitStageInput): KitProposal {
	const budget = kitBudget(stage.minutes);
	const focus = [...stage.focus].sort((a, b) => b.weight - a.weight || a.competency.localeCompare(b.competency));
	const exact = focus.slice(0, MAX_EXACT);
	const suggested = new Set(stage.suggested ?? []);
	// Suggested questions first, each group shortest first, so every later search prefers them.
	const pool = eligible(bank, stage.level).sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)));
	const maskOf = (q: KitQuestion) =>
		exact.reduce((m, f, i) => (covers(q, f.competency, stage.includes) ? m | (1 << i) : m), 0);
	const weightOf = (mask: number) => exact.reduce((w, f, i) => (mask & (1 << i) ? w + f.weight : w), 0);
	const fromAll = bestCover(pool, maskOf, exact.length, budget, weightOf);
	const fromSuggested = bestCover(
		pool.filter((q) => suggested.has(q.id)),
		maskOf,
		exact.length,
		budget,
		weightOf,
	);
	const asGood =
		weightOf(fromSuggested.mask) === weightOf(fromAll.mask) && popcount(fromSuggested.mask) === popcount(fromAll.mask);
	const picked = [...(asGood ? fromSuggested : fromAll).questions];
	let used = picked.reduce((s, q) => s + q.minutes, 0);
	const chosen = new Set(picked.map((q) => q.id));

	// Any focus competency beyond the exact set, then spare time: heaviest competency first,
	// favouring competencies with fewer questions so far; suggested questions first, then the
	// shortest.
	const count = (competency: string) =>
		pool.filter((q) => chosen.has(q.id) && covers(q, competency, stage.includes)).length;
	for (;;) {
		const order = [...focus].sort(
			(a, b) =>
				b.weight / (1 + count(b.competency)) - a.weight / (1 + count(a.competency)) ||
				a.competency.localeCompare(b.competency),
		);
		const extra = order
			.map((f) =>
				pool.find((q) => !chosen.has(q.id) && covers(q, f.competency, stage.includes) && used + q.minutes <= budget),
			)
			.find((q) => q !== undefined);
		if (!extra) break;
		picked.push(extra);
		chosen.add(extra.id);
		used += extra.minutes;
	}

	const coverage = focus
		.map((f) => ({
			competency: f.competency,
			questions: picked.filter((q) => covers(q, f.competency, stage.includes)).map((q) => q.id),
		}))
		.filter((c) => c.questions.length > 0);
	const uncovered = focus
		.filter((f) => !coverage.some((c) => c.competency === f.competency))
		.map((f) => ({ competency: f.competency, reason: uncoveredReason(pool, f.competency, stage, budget, used) }));
	return { budget, questions: picked.map((q) => q.id), used, coverage, uncovered };
}

function uncoveredReason(
	pool: readonly KitQuestion[],
	competency: string,
	stage: KitStageInput,
	budget: number,
	used: number,
): string {
	const options = pool.filter((q) => covers(q, competency, stage.includes));
	if (options.length === 0) return `The bank has no active ${stage.level}-level question on it.`;
	const shortest = Math.min(...options.map((q) => q.minutes));
	if (shortest > budget)
		return `Its shortest ${stage.level}-level question takes ${shortest} minutes; the stage leaves ${budget} for questions.`;
	return `Its shortest question takes ${shortest} minutes and only ${budget - used} of ${budget} remain after the heavier competencies; give the stage more time or swap a question.`;
}

/**
 * The best coverage within the budget: best[mask] is the shortest list of questions whose union
 * covers exactly `mask`; the winner covers the heaviest competencies, then the most, then in the
 * fewest minutes.
 */
function bestCover(
	questions: readonly KitQuestion[],
	maskOf: (q: KitQuestion) => number,
	bits: number,
	budget: number,
	weightOf: (mask: number) => number,
): { mask: number; questions: KitQuestion[] } {
	const candidates = questions.map((q) => ({ q, mask: maskOf(q) })).filter((c) => c.mask !== 0);
	const size = 1 << bits;
	let best: ({ minutes: number; picks: number[] } | null)[] = Array.from({ length: size }, () => null);
	best[0] = { minutes: 0, picks: [] };
	candidates.forEach((c, index) => {
		const next = best.slice();
		for (let mask = 0; mask < size; mask++) {
			const from = best[mask];
			if (!from) continue;
			const to = mask | c.mask;
			const minutes = from.minutes + c.q.minutes;
			if (minutes > budget || to === mask) continue;
			const current = next[to];
			if (
				!current ||
				minutes < current.minutes ||
				(minutes === current.minutes && from.picks.length + 1 < current.picks.length)
			) {
				next[to] = { minutes, picks: [...from.picks, index] };
			}
		}
		best = next;
	});
	let chosenMask = 0;
	for (let mask = 1; mask < size; mask++) {
		const b = best[mask];
		if (!b) continue;
		const c = best[chosenMask]!;
		const better =
			weightOf(mask) - weightOf(chosenMask) || popcount(mask) - popcount(chosenMask) || c.minutes - b.minutes;
		if (better > 0) chosenMask = mask;
	}
	return { mask: chosenMask, questions: best[chosenMask]!.picks.map((i) => candidates[i]!.q) };
}

function popcount(n: number): number {
	let c = 0;
	for (let x = n; x; x &= x - 1) c++;
	return c;
}

/** A chosen question: its id and, optionally, which variation (1-based) replaces the main prompt. */
export interface KitItem {
	id: string;
	variation: number;
}

export function totalMinutes(items: readonly KitItem[], bank: readonly KitQuestion[]): number {
	return items.reduce((s, item) => s + (bank.find((q) => q.id === item.id)?.minutes ?? 0), 0);
}

/** Questions to offer as a swap: same competency (the first one the item covers among the focus), same level, unused. */
export function swapOptions(
	bank: readonly KitQuestion[],
	items: readonly KitItem[],
	id: string,
	stage: KitStageInput,
): KitQuestion[] {
	const question = bank.find((q) => q.id === id);
	if (!question) return [];
	const target =
		stage.focus.find((f) => covers(question, f.competency, stage.includes))?.competency ?? question.competencies[0];
	const used = new Set(items.map((i) => i.id));
	return eligible(bank, stage.level).filter(
		(q) => !used.has(q.id) && target !== undefined && covers(q, target, stage.includes),
	);
}

/** What the kit needs of a scorecard; the /api/scorecards.json projection satisfies it. */
export interface KitScorecard {
	id: string;
	title: string;
	level: string;
	weights: readonly { competency: string; weight: number }[];
	stages: readonly { name: string; minutes: number; competencies: readonly string[]; questions: readonly string[] }[];
}

/** The stage a kit is for: an index into the scorecard's loop, or a custom stage. */
export type KitStage = number | 'custom';
/** A custom stage covers every weighted competency, in an hour unless the interviewer says otherwise. */
export const CUSTOM_STAGE = { name: 'Custom stage', minutes: 60 } as const;

/** The loop stage a kit is for, or null for the custom stage; an index past the loop is a bug in the caller. */
function loopStage(card: KitScorecard, stage: KitStage): KitScorecard['stages'][number] | null {
	if (stage === 'custom') return null;
	const own = card.stages[stage];
	if (!own) throw new RangeError(`The scorecard "${card.id}" has no stage ${stage + 1}.`);
	return own;
}

/** The stage's own length, or the custom stage's hour. */
export function stageMinutes(card: KitScorecard, stage: KitStage): number {
	return loopStage(card, stage)?.minutes ?? CUSTOM_STAGE.minutes;
}

/** The selection input for one stage of a scorecard: its focus competencies with their weights. */
export function stageInput(
	card: KitScorecard,
	stage: KitStage,
	minutes: number,
	includes: KitStageInput['includes'] = {},
): KitStageInput & { name: string } {
	const own = loopStage(card, stage);
	const ids = own ? own.competencies : card.weights.map((w) => w.competency);
	return {
		name: own?.name ?? CUSTOM_STAGE.name,
		level: card.level,
		minutes,
		focus: ids.map((id) => ({ competency: id, weight: card.weights.find((w) => w.competency === id)?.weight ?? 0 })),
		includes,
		suggested: own?.questions ?? [],
	};
}

/** Why a question in a kit would not have been proposed for it: retired, or pitched at other levels. */
export function questionWarnings(q: Pick<KitQuestion, 'status' | 'levels'>, level: string): string[] {
	const warnings: string[] = [];
	if (q.status !== 'active')
		warnings.push(
			'Retired from the bank: kept for reference and never proposed for a kit, because it may have leaked or aged. Swap it for another question.',
		);
	if (!q.levels.includes(level))
		warnings.push(
			`Pitched at ${q.levels.join(', ')}, not at ${level}, this scorecard's level: its rubric's bar is written for other levels.`,
		);
	return warnings;
}

/** The kit's one-line summary: how many questions, their minutes against the budget, and over time. */
export function kitSummary(count: number, used: number, minutes: number): string {
	const budget = kitBudget(minutes);
	const over = used > budget ? ' Over time: remove or swap a question.' : '';
	return `${count} question${count === 1 ? '' : 's'}, ${used} of ${budget} question minutes (${minutes - budget} kept for introductions and the candidate’s questions).${over}`;
}
