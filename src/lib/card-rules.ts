/**
 * The rules every scorecard obeys, whether it is a handbook YAML file, a card carried by a link or
 * a file, or a custom card built on the calculator page: one function, used by the schema, the
 * link and file parsers and the page. Each problem names the field (`path`) and says what was
 * expected in the schema's words (`expected`) and what to do in the tools' words (`advice`).
 */
import { MAX_RATING, MIN_RATING } from './rating-scale.ts';

export interface CardShape {
	weights: readonly { competency: string; weight: number; mustHave: boolean; minRating?: number | null | undefined }[];
	thresholds: { pass: number; hold: number };
	minCoverage: number;
	barRaiser?: { rating: number; count: number; among: string } | null | undefined;
}

/** Which rule a problem breaks, so a schema can leave out what its field types already check. */
export type CardRule =
	| 'competencies'
	| 'weight'
	| 'weights-sum'
	| 'weighted-once'
	| 'must-have-minimum'
	| 'threshold-range'
	| 'thresholds-order'
	| 'coverage-range'
	| 'bar-raiser-scope'
	| 'bar-raiser-count';

export interface CardProblem {
	rule: CardRule;
	path: (string | number)[];
	value: unknown;
	/** What was expected, completing "expected …" in a build error. */
	expected: string;
	/** The same rule as a sentence for someone using a tool. */
	advice: string;
}

/** The total weight every card has: a weight is a percentage of the composite. */
export const TOTAL_WEIGHT = 100;

const inRange = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;

export function cardProblems(card: CardShape): CardProblem[] {
	const problems: CardProblem[] = [];
	const add = (rule: CardRule, path: CardProblem['path'], value: unknown, expected: string, advice: string) =>
		problems.push({ rule, path, value, expected, advice });
	const { weights, thresholds } = card;
	if (weights.length === 0)
		add('competencies', ['weights'], weights, 'at least one weighted competency', 'Add at least one competency.');
	const seen = new Set<string>();
	let wholeWeights = true;
	weights.forEach((w, i) => {
		if (!Number.isInteger(w.weight) || w.weight <= 0) {
			wholeWeights = false;
			add(
				'weight',
				['weights', i, 'weight'],
				w.weight,
				'a positive whole number',
				`The weight of ${w.competency} must be a positive whole number.`,
			);
		}
		if (seen.has(w.competency))
			add(
				'weighted-once',
				['weights', i, 'competency'],
				w.competency,
				'each competency to be weighted once; this one appears twice',
				`${w.competency} is weighted twice; weight each competency once.`,
			);
		seen.add(w.competency);
		if (w.mustHave && (w.minRating === undefined || w.minRating === null))
			add(
				'must-have-minimum',
				['weights', i, 'minRating'],
				undefined,
				`a minRating (${MIN_RATING} to ${MAX_RATING}) because this competency is a must-have`,
				`${w.competency} is a must-have and needs a minimum rating of ${MIN_RATING} to ${MAX_RATING}.`,
			);
	});
	const total = weights.reduce((sum, w) => sum + w.weight, 0);
	if (wholeWeights && weights.length > 0 && total !== TOTAL_WEIGHT)
		add(
			'weights-sum',
			['weights'],
			total,
			`weights that sum to exactly ${TOTAL_WEIGHT}, but they sum to ${total}`,
			`Weights sum to ${total}; they must sum to exactly ${TOTAL_WEIGHT} before the calculator will score.`,
		);
	const order = `Thresholds must satisfy ${MIN_RATING} ≤ hold ≤ pass ≤ ${MAX_RATING}.`;
	for (const key of ['pass', 'hold'] as const)
		if (!inRange(thresholds[key], MIN_RATING, MAX_RATING))
			add(
				'threshold-range',
				['thresholds', key],
				thresholds[key],
				`a number from ${MIN_RATING} to ${MAX_RATING}`,
				order,
			);
	if (thresholds.hold > thresholds.pass)
		add(
			'thresholds-order',
			['thresholds', 'hold'],
			thresholds.hold,
			`the hold threshold to be at most the pass threshold (${thresholds.pass})`,
			order,
		);
	if (!inRange(card.minCoverage, 0, 1))
		add(
			'coverage-range',
			['minCoverage'],
			card.minCoverage,
			'a number from 0 to 1, e.g. 0.75',
			'The minimum coverage must be between 0 and 100%.',
		);
	const bar = card.barRaiser;
	if (bar?.among === 'must-haves' && !weights.some((w) => w.mustHave))
		add(
			'bar-raiser-scope',
			['barRaiser', 'among'],
			'must-haves',
			'"any": this card has no must-haves',
			'The bar-raiser rule counts must-haves, but this card has none.',
		);
	if (bar && bar.count > weights.length)
		add(
			'bar-raiser-count',
			['barRaiser', 'count'],
			bar.count,
			`at most ${weights.length}, the number of weighted competencies`,
			`The bar-raiser rule asks for ${bar.count} competencies, but the card weights only ${weights.length}.`,
		);
	return problems;
}

/** The first problem as advice, or null when the card can be scored. */
export function cardProblem(card: CardShape): string | null {
	return cardProblems(card)[0]?.advice ?? null;
}
