/**
 * A bank question (`content/questions/<id>.mdx`). The frontmatter holds everything an
 * interviewer scans before a session; the MDX body holds the model answer.
 */
import { z } from 'astro/zod';
import { FORMAT_IDS, LEVEL_IDS, QUESTION_STATUSES } from '../lib/taxonomy.ts';
import { entryId, minutes, reviewedDate, text, textList } from './fields.ts';
import { rubricSchema } from './rubric.ts';

export const questionSchema = z.strictObject({
	/** Short name for lists and search, e.g. "An LRU cache with a size limit". */
	title: text,
	/** The question as the interviewer reads it aloud. */
	prompt: text,
	/** Competency ids; the first is the primary competency the question gives evidence for. */
	competencies: z
		.array(entryId, { error: 'expected a list of competency ids' })
		.min(1, { error: 'expected at least one competency id' }),
	/** Levels the question is pitched at. */
	levels: z
		.array(z.enum(LEVEL_IDS, { error: `expected one of the levels: ${LEVEL_IDS.join(', ')}` }))
		.min(1, { error: 'expected at least one level' }),
	/** How the question is asked. */
	format: z.enum(FORMAT_IDS, { error: `expected one of the formats: ${FORMAT_IDS.join(', ')}` }),
	/** Time to allow in the interview, including follow-ups. */
	minutes,
	/** What a 1, 2, 3 and 4 answer shows. */
	rubric: rubricSchema,
	/** Questions that probe deeper once the first answer is in. */
	followUps: textList(2, 'follow-ups'),
	/** Answers or behaviours that count against the candidate. */
	redFlags: textList(2, 'red flags'),
	/** Answers or behaviours that count for the candidate beyond the rubric. */
	greenFlags: textList(1, 'green flags'),
	/** Other prompts that test the same signal, to rotate in when a question leaks. */
	variations: textList(1, 'variations'),
	/** Ids of questions an interviewer might ask next or instead. */
	related: z.array(entryId).default([]),
	/** When the answer was last checked against current Python. */
	reviewed: reviewedDate,
	/** Retired questions stay readable but are never proposed for a kit. */
	status: z.enum(QUESTION_STATUSES, { error: 'expected "active" or "retired"' }).default('active'),
	/** Where the question could disadvantage someone for reasons unrelated to the job. */
	fairness: text.optional(),
});

export type Question = z.output<typeof questionSchema>;
