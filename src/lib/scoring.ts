/**
 * The rubric calculator's rules, in one pure module used by the page and the tests.
 *
 * Composite = Σ(weight × rating) / Σ(weight) over the assessed competencies. A competency that
 * was not assessed leaves the denominator: missing evidence is never scored as a low rating.
 * Decisions use the composite rounded to two decimals, the same figure the page shows, so a
 * reader can always check the outcome against the thresholds by eye.
 */
import { MAX_RATING, MIN_RATING, type Rating } from './rating-scale.ts';

export interface ScoringWeight {
	competency: string;
	weight: number;
	mustHave: boolean;
	minRating?: Rating | null | undefined;
}

export interface ScoringCard {
	weights: readonly ScoringWeight[];
	thresholds: { pass: number; hold: number };
	minCoverage: number;
}

/** A rating per competency id; absent or null means not assessed. */
export type Ratings = Readonly<Record<string, Rating | null | undefined>>;

export type Outcome = 'incomplete' | 'decline' | 'hold' | 'pass';

export interface Score {
	/** Weighted mean to two decimals, or null when nothing is assessed. */
	composite: number | null;
	/** Assessed weight / total weight, 0 to 1. */
	coverage: number;
	assessedWeight: number;
	totalWeight: number;
	outcome: Outcome;
	/** Why, in a sentence a candidate's file can quote. */
	reason: string;
	/** Must-haves rated below their minimum. */
	vetoes: string[];
}

const hundredths = (x: number) => Math.round(x * 100);
const percent = (x: number) => `${Math.round(x * 100)}%`;

export function ratingOf(ratings: Ratings, competency: string): Rating | null {
	const r = ratings[competency];
	return r === undefined || r === null ? null : r;
}

export function score(card: ScoringCard, ratings: Ratings, label: (id: string) => string = (id) => id): Score {
	let totalWeight = 0;
	let assessedWeight = 0;
	let weighted = 0;
	const vetoes: string[] = [];
	for (const w of card.weights) {
		totalWeight += w.weight;
		const r = ratingOf(ratings, w.competency);
		if (r === null) continue;
		assessedWeight += w.weight;
		weighted += w.weight * r;
		if (w.mustHave && w.minRating != null && r < w.minRating) vetoes.push(w.competency);
	}
	const composite = assessedWeight === 0 ? null : hundredths(weighted / assessedWeight) / 100;
	const coverage = totalWeight === 0 ? 0 : assessedWeight / totalWeight;
	const base = { composite, coverage, assessedWeight, totalWeight, vetoes };

	// Compare in whole units to avoid float noise: coverage as assessed × 100 vs min × total × 100.
	if (composite === null || assessedWeight * 100 < Math.round(card.minCoverage * 100) * totalWeight) {
		return {
			...base,
			outcome: 'incomplete',
			reason: `Only ${percent(coverage)} of the weight is assessed; the scorecard needs at least ${percent(card.minCoverage)} before it gives an outcome.`,
		};
	}
	if (vetoes.length > 0) {
		const named = vetoes
			.map((id) => {
				const w = card.weights.find((x) => x.competency === id)!;
				return `${label(id)} is rated ${ratingOf(ratings, id)}, below its minimum of ${w.minRating}`;
			})
			.join('; ');
		return {
			...base,
			outcome: 'decline',
			reason: `Decline whatever the composite: a must-have is below its minimum (${named}).`,
		};
	}
	const c = hundredths(composite);
	const shown = composite.toFixed(2);
	if (c >= hundredths(card.thresholds.pass)) {
		return {
			...base,
			outcome: 'pass',
			reason: `The composite ${shown} is at or above the pass threshold of ${card.thresholds.pass.toFixed(2)}.`,
		};
	}
	if (c >= hundredths(card.thresholds.hold)) {
		return {
			...base,
			outcome: 'hold',
			reason: `The composite ${shown} is below the pass threshold of ${card.thresholds.pass.toFixed(2)} but at or above the hold threshold of ${card.thresholds.hold.toFixed(2)}: gather more evidence before deciding.`,
		};
	}
	return {
		...base,
		outcome: 'decline',
		reason: `The composite ${shown} is below the hold threshold of ${card.thresholds.hold.toFixed(2)}.`,
	};
}

/** The formula in plain words, as the page shows it beside the result. */
export function formulaInWords(card: ScoringCard, ratings: Ratings): string {
	const parts = card.weights.filter((w) => ratingOf(ratings, w.competency) !== null);
	if (parts.length === 0) return 'Nothing assessed yet: the composite is the weighted mean of the ratings given.';
	const top = parts.map((w) => `${w.weight} × ${ratingOf(ratings, w.competency)}`).join(' + ');
	const bottom = parts.map((w) => w.weight).join(' + ');
	return `(${top}) ÷ (${bottom}); competencies not assessed are left out of both sums.`;
}

export interface SensitiveRating {
	competency: string;
	from: Rating | null;
	to: Rating | null;
	outcome: Outcome;
}

/**
 * Every single change of one rating by one point (or to and from "not assessed") that would
 * change the outcome. An unassessed competency is tried at each rating, since assessing it is
 * the change an interviewer can make.
 */
export function sensitivity(card: ScoringCard, ratings: Ratings): SensitiveRating[] {
	const current = score(card, ratings).outcome;
	const changes: SensitiveRating[] = [];
	for (const w of card.weights) {
		const from = ratingOf(ratings, w.competency);
		const neighbours =
			from === null ? [] : [from - 1, from + 1].filter((r): r is Rating => r >= MIN_RATING && r <= MAX_RATING);
		const candidates: (Rating | null)[] = from === null ? [1, 2, 3, 4] : [...neighbours, null];
		for (const to of candidates) {
			const outcome = score(card, { ...ratings, [w.competency]: to }).outcome;
			if (outcome !== current) changes.push({ competency: w.competency, from, to, outcome });
		}
	}
	return changes;
}

/** Outcome order for "never worsens" checks: incomplete sits outside the order. */
export const OUTCOME_RANK: Record<Exclude<Outcome, 'incomplete'>, number> = { decline: 0, hold: 1, pass: 2 };

/** Whether the weights are usable for scoring: positive whole numbers summing to exactly 100. */
export function weightProblem(weights: readonly { competency: string; weight: number }[]): string | null {
	if (weights.length === 0) return 'Add at least one competency.';
	const bad = weights.find((w) => !Number.isInteger(w.weight) || w.weight <= 0);
	if (bad) return `The weight of ${bad.competency} must be a positive whole number.`;
	const total = weights.reduce((s, w) => s + w.weight, 0);
	if (total !== 100) return `Weights sum to ${total}; they must sum to exactly 100 before the calculator will score.`;
	return null;
}
