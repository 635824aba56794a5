/**
 * The panel view: several interviewers' exports of the same scorecard side by side, with the
 * spread per competency, each interviewer's outcome, the panel's composite and agreement.
 */
import { ordinalAlpha, type Alpha } from './agreement.ts';
import type { CalculatorState } from './calculator-state.ts';
import type { Rating } from './rating-scale.ts';
import { score, type Outcome, type ScoringCard } from './scoring.ts';

export interface PanelRow {
	competency: string;
	weight: number;
	/** One entry per interviewer, in import order; null when not assessed. */
	ratings: (Rating | null)[];
	mean: number | null;
	/** Highest minus lowest rating among those given. */
	spread: number;
	/** A spread of two points or more goes to the top of the debrief. */
	discuss: boolean;
}

export interface PanelSummary {
	rows: PanelRow[];
	interviewers: { name: string; composite: number | null; outcome: Outcome; finalOutcome: Outcome }[];
	/** The composite of the per-competency mean ratings, weighted as on the scorecard. */
	composite: number | null;
	agreement: Alpha;
}

export type PanelProblem = string;

/** The exports must all score the same scorecard with the same weights. */
export function panelProblem(states: readonly CalculatorState[]): PanelProblem | null {
	const [first, ...rest] = states;
	if (!first) return null;
	for (const s of rest) {
		if (s.scorecard !== first.scorecard)
			return `These exports are for different scorecards ("${first.scorecard}" and "${s.scorecard}"); a panel compares ratings of one scorecard.`;
		if (JSON.stringify(s.card) !== JSON.stringify(first.card))
			return `Two exports of "${first.scorecard}" use different weights or thresholds; ask everyone to export from the same version of the scorecard.`;
	}
	return null;
}

export function summarisePanel(card: ScoringCard, states: readonly CalculatorState[]): PanelSummary {
	const rows = card.weights.map((w) => {
		const ratings = states.map((s) => s.ratings[w.competency] ?? null);
		const given = ratings.filter((r): r is Rating => r !== null);
		const mean = given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
		const spread = given.length < 2 ? 0 : Math.max(...given) - Math.min(...given);
		return { competency: w.competency, weight: w.weight, ratings, mean, spread, discuss: spread >= 2 };
	});
	// The weighted mean of means; to two decimals like every composite.
	const assessed = rows.filter((r) => r.mean !== null);
	const weight = assessed.reduce((s, r) => s + r.weight, 0);
	const composite =
		weight === 0 ? null : Math.round((assessed.reduce((s, r) => s + r.weight * r.mean!, 0) / weight) * 100) / 100;
	const interviewers = states.map((s, i) => {
		const result = score(card, s.ratings);
		return {
			name: s.interviewer || `Interviewer ${i + 1}`,
			composite: result.composite,
			outcome: result.outcome,
			finalOutcome: s.override?.outcome ?? result.outcome,
		};
	});
	return { rows, interviewers, composite, agreement: ordinalAlpha(rows.map((r) => r.ratings)) };
}
