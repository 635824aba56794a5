/**
 * The rubric calculator's rules, in one pure module used by the page and the tests.
 *
 * Composite = Σ(weight × rating) / Σ(weight) over the assessed competencies. A competency that
 * was not assessed leaves the denominator: missing evidence is never scored as a low rating.
 * Decisions use the composite rounded to two decimals, the same figure the page shows, so a
 * reader can always check the outcome against the thresholds by eye.
 */
import { MAX_RATING, MIN_RATING, type Rating } from './rating-scale.ts';
import { blankRecord, own } from './records.ts';

/**
 * The pass line of every handbook scorecard. The rating scale is relative to the level ("3: meets
 * the bar for the level"), so a candidate rated 3 on every competency passes; a card that wants a
 * senior to raise the bar somewhere says so with an explicit bar-raiser rule.
 */
export const PASS_AT = 3;

/** Where a bar-raiser rule looks for its ratings. */
export const BAR_RAISER_SCOPES = ['must-haves', 'any'] as const;
export type BarRaiserScope = (typeof BAR_RAISER_SCOPES)[number];

export interface ScoringWeight {
	competency: string;
	weight: number;
	mustHave: boolean;
	minRating?: Rating | null | undefined;
}

/** An explicit extra bar a pass must clear, e.g. at least one 4 on a must-have. */
export interface BarRaiser {
	rating: Rating;
	count: number;
	among: BarRaiserScope;
}

export interface ScoringCard {
	weights: readonly ScoringWeight[];
	thresholds: { pass: number; hold: number };
	minCoverage: number;
	barRaiser?: BarRaiser | null | undefined;
}

/** A rating per competency id; absent or null means not assessed. */
export type Ratings = Readonly<Record<string, Rating | null | undefined>>;

/** Every outcome a card can give, worst to best, with "incomplete" (no outcome yet) first. */
export const OUTCOMES = ['incomplete', 'decline', 'hold', 'pass'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The outcomes an override may set: an override is a decision, so never "incomplete". */
export const DECISIONS = ['pass', 'hold', 'decline'] as const satisfies readonly Outcome[];
export type Decision = (typeof DECISIONS)[number];

/** How each outcome is written on the calculator, the panel and in exports. */
export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = {
	pass: 'Pass',
	hold: 'Hold',
	decline: 'Decline',
	incomplete: 'Incomplete',
};

export function isDecision(value: unknown): value is Decision {
	return (DECISIONS as readonly unknown[]).includes(value);
}

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
	/** Must-haves with no rating: no outcome until they have one. */
	unassessedMustHaves: string[];
}

/**
 * numerator / denominator in whole hundredths, an exact half rounding up. Every composite is a
 * ratio of whole numbers (weights and ratings), so the division is done in integers: 1.025 gives
 * 1.03, where Math.round(1.025 * 100) gives 1.02 because 1.025 is stored as 1.02499…
 */
export function hundredthsOf(numerator: number, denominator: number): number {
	if (Number.isInteger(numerator) && Number.isInteger(denominator) && denominator > 0)
		return Math.floor((200 * numerator + denominator) / (2 * denominator));
	return Math.round((numerator / denominator) * 100);
}
const hundredths = (x: number) => hundredthsOf(Math.round(x * 1e6), 1e6);
/** A share as a whole percent, by the same rounding as the composite. */
export const percentOf = (part: number, whole: number) => `${whole === 0 ? 0 : hundredthsOf(part, whole)}%`;
const percent = (x: number) => `${hundredths(x)}%`;

export function ratingOf(ratings: Ratings, competency: string): Rating | null {
	const r = own(ratings, competency);
	return r === undefined || r === null ? null : r;
}

/** What the decision rules need to know, however the ratings were combined. */
interface Evidence {
	composite: number | null;
	coverage: number;
	assessedWeight: number;
	totalWeight: number;
	/** Must-haves below their minimum, each with the words that say so. */
	vetoes: { competency: string; words: string }[];
	unassessedMustHaves: string[];
	/** Must-haves a panel splits on evenly: at most a hold until the panel agrees. */
	splits: string[];
	/** The ratings a bar-raiser rule counts. */
	barRatings: Ratings;
}

/**
 * The outcome, by rules applied in this order (the scorecard page and the calculator state them
 * in these words, from decisionRules below):
 * 1. a must-have rated below its minimum declines, whatever else is known;
 * 2. a must-have with no rating gives no outcome ("incomplete"): leaving it unassessed can never
 *    turn a decline into a pass;
 * 3. below the card's minimum coverage there is no outcome either;
 * 4. composite at or above the pass line passes, unless the card's bar-raiser rule is not met
 *    (then hold); at or above the hold line holds; below it declines.
 */
function decide(card: ScoringCard, e: Evidence, label: (id: string) => string): Score {
	const base = {
		composite: e.composite,
		coverage: e.coverage,
		assessedWeight: e.assessedWeight,
		totalWeight: e.totalWeight,
		vetoes: e.vetoes.map((v) => v.competency),
		unassessedMustHaves: e.unassessedMustHaves,
	};
	if (e.vetoes.length > 0)
		return {
			...base,
			outcome: 'decline',
			reason: `Decline whatever the composite: a must-have is below its minimum (${e.vetoes.map((v) => v.words).join('; ')}).`,
		};
	if (e.unassessedMustHaves.length > 0) {
		const names = e.unassessedMustHaves.map(label);
		return {
			...base,
			outcome: 'incomplete',
			reason: `${names.join(' and ')} ${names.length === 1 ? 'is a must-have and has' : 'are must-haves and have'} no rating: there is no outcome until ${names.length === 1 ? 'it is' : 'they are'} assessed.`,
		};
	}
	// Compare in whole units to avoid float noise: coverage as assessed × 100 vs min × total × 100.
	if (e.composite === null || e.assessedWeight * 100 < Math.round(card.minCoverage * 100) * e.totalWeight)
		return {
			...base,
			outcome: 'incomplete',
			reason: `Only ${percent(e.coverage)} of the weight is assessed; the scorecard needs at least ${percent(card.minCoverage)} before it gives an outcome.`,
		};
	const c = hundredths(e.composite);
	const shown = e.composite.toFixed(2);
	const pass = card.thresholds.pass.toFixed(2);
	const hold = card.thresholds.hold.toFixed(2);
	if (c >= hundredths(card.thresholds.pass)) {
		if (e.splits.length > 0)
			return {
				...base,
				outcome: 'hold',
				reason: `The composite ${shown} reaches the pass line of ${pass}, but the panel is split evenly on the must-have ${e.splits.map(label).join(' and ')}: discuss the evidence before deciding.`,
			};
		const missing = barRaiserShortfall(card, e.barRatings);
		if (missing !== null)
			return {
				...base,
				outcome: 'hold',
				reason: `The composite ${shown} reaches the pass line of ${pass}, but this scorecard also asks for ${barRaiserWords(card.barRaiser!)}, and ${missing}: gather that evidence before deciding.`,
			};
		return { ...base, outcome: 'pass', reason: `The composite ${shown} is at or above the pass threshold of ${pass}.` };
	}
	if (c >= hundredths(card.thresholds.hold))
		return {
			...base,
			outcome: 'hold',
			reason: `The composite ${shown} is below the pass threshold of ${pass} but at or above the hold threshold of ${hold}: gather more evidence before deciding.`,
		};
	return { ...base, outcome: 'decline', reason: `The composite ${shown} is below the hold threshold of ${hold}.` };
}

/** One interviewer's ratings on a card. */
export function score(card: ScoringCard, ratings: Ratings, label: (id: string) => string = (id) => id): Score {
	let totalWeight = 0;
	let assessedWeight = 0;
	let weighted = 0;
	const vetoes: Evidence['vetoes'] = [];
	const unassessedMustHaves: string[] = [];
	for (const w of card.weights) {
		totalWeight += w.weight;
		const r = ratingOf(ratings, w.competency);
		if (r === null) {
			if (w.mustHave) unassessedMustHaves.push(w.competency);
			continue;
		}
		assessedWeight += w.weight;
		weighted += w.weight * r;
		if (w.mustHave && w.minRating != null && r < w.minRating)
			vetoes.push({
				competency: w.competency,
				words: `${label(w.competency)} is rated ${r}, below its minimum of ${w.minRating}`,
			});
	}
	const composite = assessedWeight === 0 ? null : hundredthsOf(weighted, assessedWeight) / 100;
	const coverage = totalWeight === 0 ? 0 : assessedWeight / totalWeight;
	return decide(
		card,
		{ composite, coverage, assessedWeight, totalWeight, vetoes, unassessedMustHaves, splits: [], barRatings: ratings },
		label,
	);
}

/** A panel's outcome: the same rules on the panel's ratings, with each step in words. */
export interface PanelDecision extends Score {
	steps: string[];
}

/**
 * How a panel's ratings combine, decided once and stated on the panel page:
 * - the composite is the weighted mean of each competency's mean rating (an interviewer who did
 *   not assess a competency leaves it, as in one interviewer's composite);
 * - a must-have declines when more than half of the interviewers who rated it put it below its
 *   minimum. One severe rater among several does not decline a candidate alone (3, 3, 2 on a
 *   must-have at 3 does not veto), and one lenient rater cannot rescue one the majority
 *   declined. An even split holds the outcome at most at hold until the panel has discussed it;
 * - the bar-raiser rule counts a competency whose mean rating reaches its rating.
 */
export function panelScore(
	card: ScoringCard,
	sheets: readonly Ratings[],
	label: (id: string) => string = (id) => id,
): PanelDecision {
	const steps: string[] = [];
	let totalWeight = 0;
	let assessedWeight = 0;
	const vetoes: Evidence['vetoes'] = [];
	const unassessedMustHaves: string[] = [];
	const splits: string[] = [];
	const means = blankRecord<Rating | null>();
	/** Each assessed competency's weight, sum of ratings and count: the means stay exact fractions. */
	const sums: { weight: number; sum: number; count: number }[] = [];
	for (const w of card.weights) {
		totalWeight += w.weight;
		const given = sheets.map((s) => ratingOf(s, w.competency)).filter((r): r is Rating => r !== null);
		if (given.length === 0) {
			if (w.mustHave) unassessedMustHaves.push(w.competency);
			continue;
		}
		const sum = given.reduce<number>((a, b) => a + b, 0);
		sums.push({ weight: w.weight, sum, count: given.length });
		// The bar-raiser counts a mean that reaches its rating: 3.67 counts as 3, 4.00 as 4.
		means[w.competency] = Math.floor(sum / given.length) as Rating;
		assessedWeight += w.weight;
		if (w.mustHave && w.minRating != null) {
			const below = given.filter((r) => r < w.minRating!).length;
			const tally = `${below} of ${given.length} interviewer${given.length === 1 ? '' : 's'} rated ${label(w.competency)} below its minimum of ${w.minRating}`;
			if (below * 2 > given.length) {
				vetoes.push({ competency: w.competency, words: tally });
				steps.push(`${tally}: more than half, so the must-have declines.`);
			} else if (below * 2 === given.length) {
				splits.push(w.competency);
				steps.push(`${tally}: an even split, so the outcome is at most hold until the panel has discussed it.`);
			} else {
				steps.push(
					below === 0
						? `Every interviewer who rated ${label(w.competency)} put it at or above its minimum of ${w.minRating}.`
						: `${tally}: fewer than half, so it does not decline on its own; discuss the evidence.`,
				);
			}
		}
	}
	// Σ weight × (sum / count) over a common denominator, so the rounding is exact as in score().
	const common = sums.reduce((l, s) => lcm(l, s.count), 1);
	const numerator = sums.reduce((t, s) => t + s.weight * s.sum * (common / s.count), 0);
	const composite = assessedWeight === 0 ? null : hundredthsOf(numerator, assessedWeight * common) / 100;
	const coverage = totalWeight === 0 ? 0 : assessedWeight / totalWeight;
	if (composite !== null)
		steps.push(
			`Composite of the mean ratings, weighted as on the scorecard: ${composite.toFixed(2)}, with ${percent(coverage)} of the weight assessed by at least one interviewer.`,
		);
	const decision = decide(
		card,
		{ composite, coverage, assessedWeight, totalWeight, vetoes, unassessedMustHaves, splits, barRatings: means },
		label,
	);
	steps.push(decision.reason);
	return { ...decision, steps };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number) => (a / gcd(a, b)) * b;

/** "at least one 4 on a must-have", "at least 2 4s among all competencies". */
export function barRaiserWords(rule: BarRaiser): string {
	if (rule.count === 1)
		return `at least one ${rule.rating} ${rule.among === 'must-haves' ? 'on a must-have' : 'on any competency'}`;
	return `at least ${rule.count} ratings of ${rule.rating} ${rule.among === 'must-haves' ? 'among the must-haves' : 'among all competencies'}`;
}

/** Null when the card has no bar-raiser or it is met; otherwise what is missing, in words. */
function barRaiserShortfall(card: ScoringCard, ratings: Ratings): string | null {
	const rule = card.barRaiser;
	if (!rule) return null;
	const pool = card.weights.filter((w) => rule.among === 'any' || w.mustHave);
	const reached = pool.filter((w) => (ratingOf(ratings, w.competency) ?? 0) >= rule.rating).length;
	if (reached >= rule.count) return null;
	return reached === 0
		? `none is rated ${rule.rating} or above yet`
		: `only ${reached} ${reached === 1 ? 'is' : 'are'}`;
}

/** The decision rules of a card in words, in the order score() applies them. */
export function decisionRules(card: ScoringCard, label: (id: string) => string): string[] {
	const mustHaves = card.weights.filter((w) => w.mustHave);
	const rules = [
		'The composite is the weighted mean of the ratings given: the sum of weight × rating over the assessed competencies, divided by the sum of their weights. A competency not assessed leaves the calculation; it never counts as a low score.',
	];
	if (mustHaves.length > 0) {
		rules.push(
			`Decline whatever the composite if a must-have is rated below its minimum: ${mustHaves.map((w) => `${label(w.competency)} (at least ${w.minRating})`).join('; ')}.`,
			'No outcome while a must-have has no rating: it is incomplete until every must-have is assessed.',
		);
	}
	rules.push(`No outcome until at least ${percent(card.minCoverage)} of the total weight has been assessed.`);
	rules.push(
		card.barRaiser
			? `Pass at a composite of ${card.thresholds.pass.toFixed(2)} or above, with ${barRaiserWords(card.barRaiser)}; a composite at the pass line without it is a hold.`
			: `Pass at a composite of ${card.thresholds.pass.toFixed(2)} or above.`,
	);
	rules.push(
		`Hold (more evidence needed) from ${card.thresholds.hold.toFixed(2)} up to the pass line; decline below ${card.thresholds.hold.toFixed(2)}.`,
	);
	return rules;
}

/** The rules as one paragraph, for exports. */
export function decisionRuleInWords(card: ScoringCard, label: (id: string) => string): string {
	return decisionRules(card, label).join(' ');
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
	from: Rating;
	to: Rating;
	outcome: Outcome;
}

/**
 * Every change of one assessed rating by one point that would change the outcome. Un-assessing a
 * competency is never offered as a way to change an outcome, and assessing a new one is not a
 * one-point change: the calculator reports that separately.
 */
export function sensitivity(card: ScoringCard, ratings: Ratings): SensitiveRating[] {
	const current = score(card, ratings).outcome;
	const changes: SensitiveRating[] = [];
	for (const w of card.weights) {
		const from = ratingOf(ratings, w.competency);
		if (from === null) continue;
		for (const to of [from - 1, from + 1]) {
			if (to < MIN_RATING || to > MAX_RATING) continue;
			const outcome = score(card, { ...ratings, [w.competency]: to as Rating }).outcome;
			if (outcome !== current) changes.push({ competency: w.competency, from, to: to as Rating, outcome });
		}
	}
	return changes;
}

/** Outcome order for "never worsens" checks: incomplete sits outside the order. */
export const OUTCOME_RANK: Record<Exclude<Outcome, 'incomplete'>, number> = { decline: 0, hold: 1, pass: 2 };

/** What the outcome would be if one assessed competency had not been assessed. */
export interface WithoutRating {
	competency: string;
	outcome: Outcome;
}

/**
 * The assessed competencies whose rating the outcome rests on: without it the outcome would be
 * different. Must-haves are never listed (without a must-have there is no outcome at all), and
 * the page words this as why the evidence matters, never as a way to change the outcome.
 */
export function ifNotAssessed(card: ScoringCard, ratings: Ratings): WithoutRating[] {
	const current = score(card, ratings).outcome;
	const out: WithoutRating[] = [];
	for (const w of card.weights) {
		if (w.mustHave || ratingOf(ratings, w.competency) === null) continue;
		const outcome = score(card, { ...ratings, [w.competency]: null }).outcome;
		if (outcome !== current) out.push({ competency: w.competency, outcome });
	}
	return out;
}
