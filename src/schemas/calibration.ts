/**
 * A calibration sample (`content/calibration/<id>.mdx`): a realistic candidate answer to a bank
 * question (the MDX body) with the reference rating, revealed only after the reader rates.
 */
import { z } from 'astro/zod';
import { RATINGS } from '../lib/rating-scale.ts';
import { LEVEL_IDS } from '../lib/taxonomy.ts';
import { entryId, text } from './fields.ts';

export const calibrationSchema = z.strictObject({
	/** Short name, e.g. "LRU cache: dict plus manual ordering". */
	title: text,
	/** Id of the bank question the sample answers. */
	question: entryId,
	/** The level the answer is rated against. */
	level: z.enum(LEVEL_IDS, { error: `expected one of the levels: ${LEVEL_IDS.join(', ')}` }),
	/** The rating the handbook's reviewers agreed on. */
	referenceRating: z.literal(RATINGS, { error: 'expected one of the ratings 1, 2, 3 or 4' }),
	/** Why the reference rating, tied to the question's rubric. */
	reasoning: text,
	/** What a rater one point above the reference probably over-weighted. */
	ifRatedHigher: text,
	/** What a rater one point below the reference probably under-weighted. */
	ifRatedLower: text,
	/** True when the answer sits on the line between two ratings: workshops discuss these first. */
	boundary: z.boolean().default(false),
});

export type CalibrationSample = z.output<typeof calibrationSchema>;
