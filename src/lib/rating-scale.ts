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

export const MIN_RATING: Rating = 1;
export const MAX_RATING: Rating = 4;

export function isRating(value: unknown): value is Rating {
	return typeof value === 'number' && (RATINGS as readonly number[]).includes(value);
}
