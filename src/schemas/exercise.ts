/**
 * A hands-on exercise (`content/exercises/<id>.mdx`). Its files live beside it in
 * `content/exercises/<id>/` and are published as downloads at `/exercises/<id>/files/<path>`.
 */
import { z } from 'astro/zod';
import { EXERCISE_KIND_IDS, FILE_AUDIENCES, LEVEL_IDS } from '../lib/taxonomy.ts';
import { entryId, minutes, reviewedDate, text, textList } from './fields.ts';
import { rubricSchema } from './rubric.ts';

const relativePath = text.regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, {
	error: 'expected a path inside the exercise folder, e.g. "starter/ledger.py"',
});

const fileSchema = z.strictObject({
	/** Path relative to `content/exercises/<id>/`. */
	path: relativePath,
	/** Candidates receive their files; interviewer files (answer keys, fixes) are kept back. */
	audience: z.enum(FILE_AUDIENCES, { error: 'expected "candidate" or "interviewer"' }),
	/** What the file is, in a line. */
	description: text,
});

const criterionSchema = z.strictObject({
	/** What is being judged, e.g. "Failure handling". */
	name: text,
	/** What a 1, 2, 3 and 4 shows on this criterion. */
	rubric: rubricSchema,
});

export const exerciseSchema = z.strictObject({
	title: text,
	kind: z.enum(EXERCISE_KIND_IDS, { error: `expected one of: ${EXERCISE_KIND_IDS.join(', ')}` }),
	/** One or two sentences for lists. */
	summary: text,
	/** Time the candidate spends. */
	minutes,
	levels: z.array(z.enum(LEVEL_IDS, { error: `expected one of the levels: ${LEVEL_IDS.join(', ')}` })).min(1),
	/** Competency ids; the first is the primary. */
	competencies: z.array(entryId).min(1, { error: 'expected at least one competency id' }),
	/** The exercise's own rubric, one row per criterion. */
	criteria: z.array(criterionSchema).min(2, { error: 'expected at least 2 rubric criteria' }),
	/** Files published as downloads. */
	files: z.array(fileSchema).min(1, { error: 'expected at least one file' }),
	/**
	 * For exercises with a defect: the test file, and the folders holding the flawed and the fixed
	 * module. The test suite proves that the test fails on `flawed` and passes on `fixed`.
	 */
	verify: z.strictObject({ test: relativePath, flawed: relativePath, fixed: relativePath }).optional(),
	/** Warning signs while the candidate works. */
	redFlags: textList(2, 'red flags'),
	reviewed: reviewedDate,
});

export type Exercise = z.output<typeof exerciseSchema>;
