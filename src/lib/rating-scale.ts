/**
 * The shape of the shared four-point rating scale. There is no neutral middle: every rating is
 * a decision for or against. The words for each point live in `content/rating-scale.yaml`; this
 * module holds only the numbers that schemas, scoring and tests depend on.
 */
export const RATINGS = [1, 2, 3, 4] as const;
export type Rating = (typeof RATINGS)[number];

/** Rubric keys as they appear in YAML and in the JSON export ("1" to "4"). */
export const RATING_KEYS = ['1', '2', '3', '4'] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

/**
 * Two ratings of one thing this many points apart (a 2 and a 4) disagree about the decision, not
 * just the degree: the panel and the calibration workshop flag such a spread to discuss first.
 */
export const DISCUSS_SPREAD = 2;

export const MIN_RATING: Rating = 1;
export const MAX_RATING: Rating = 4;

export function isRating(value: unknown): value is Rating {
	return typeof value === 'number' && (RATINGS as readonly number[]).includes(value);
}
