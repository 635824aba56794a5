/** One point of the shared rating scale (`content/rating-scale.yaml`). */
import { z } from 'astro/zod';
import { RATINGS } from '../lib/rating-scale.ts';
import { text } from './fields.ts';

export const ratingPointSchema = z.strictObject({
	/** The rating as a number, 1 (strong no) to 4 (strong yes). */
	value: z.literal(RATINGS, { error: 'expected one of the ratings 1, 2, 3 or 4' }),
	/** Short name shown beside the number, e.g. "Strong yes". */
	label: text,
	/** One line that every page shows the same way, e.g. "Meets the bar for the level". */
	definition: text,
	/** What this rating means for the hiring decision, in a sentence. */
	decision: text,
});

export type RatingPoint = z.output<typeof ratingPointSchema>;
