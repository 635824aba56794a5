/**
 * A bank question (`content/questions/<id>.mdx`), rubric model v2. The frontmatter holds
 * everything an interviewer scans before a session, starting with the interviewer card; the MDX
 * body holds the model answer under one heading.
 */
import { z } from 'astro/zod';
import { BRIEF_MAX_WORDS, DEPTH, MUST_SHOW, wordCount } from '../lib/rubric.ts';
import { FORMAT_IDS, LEVEL_IDS, QUESTION_STATUSES } from '../lib/taxonomy.ts';
import { entryId, minutes, reviewedDate, text, textList } from './fields.ts';

const level = z.enum(LEVEL_IDS, { error: `expected one of the levels: ${LEVEL_IDS.join(', ')}` });

/** Ratings 1 and 2 as short texts of typical answers; 3 and 4 come from the points. */
const lowRatings = z.strictObject(
	{ '1': text.describe('What a 1 answer typically looks like'), '2': text.describe('What a 2 answer looks like') },
	{ error: 'expected a rubric with the keys "1" and "2", each with text (3 and 4 come from mustShow and depth)' },
);

const followUp = z.strictObject(
	{
		/** The follow-up as the interviewer asks it. */
		ask: text,
		/** One line: what a good answer to it contains. */
		listenFor: text,
	},
	{ error: 'expected a follow-up with "ask" and "listenFor"' },
);

/**
 * A variation: a whole prompt to read aloud instead of the main one. Written as plain text when
 * the main prompt's rubric applies as it is; as `{ prompt, rubricNote }` when the variation needs
 * its own note on how the rubric reads for it (a different structure, say). Always an object after parsing.
 */
const variation = z
	.union(
		[
			text,
			z.strictObject(
				{
					/** The variation as the interviewer reads it aloud. */
					prompt: text,
					/** How the rubric, follow-ups or red flags read for this variation where they differ. */
					rubricNote: text,
				},
				{ error: 'expected a variation with "prompt" and "rubricNote"' },
			),
		],
		{ error: 'expected a variation: a whole prompt as text, or "prompt" with a "rubricNote"' },
	)
	.transform((v): { prompt: string; rubricNote?: string } => (typeof v === 'string' ? { prompt: v } : v));
/** The longest search term: a name or a short phrase, not a sentence. */
export const TERM_MAX = 40;
const term = text.max(TERM_MAX, {
	error: `expected a search term of at most ${TERM_MAX} characters: another name, not a sentence`,
});

const source = z.strictObject(
	{
		title: text,
		url: z.url({ protocol: /^https$/, error: 'expected an https URL of a primary source' }),
	},
	{ error: 'expected a source with "title" and an https "url"' },
);

export const questionSchema = z
	.strictObject({
		/** Short name for lists and search, e.g. "An LRU cache with a size limit". */
		title: text,
		/** The question as the interviewer reads it aloud. */
		prompt: text,
		/** Competency ids; the first is the primary competency the question gives evidence for. */
		competencies: z
			.array(entryId, { error: 'expected a list of competency ids' })
			.min(1, { error: 'expected at least one competency id' }),
		/** Levels the question is pitched at. */
		levels: z.array(level).min(1, { error: 'expected at least one level' }),
		/** How the question is asked. */
		format: z.enum(FORMAT_IDS, { error: `expected one of the formats: ${FORMAT_IDS.join(', ')}` }),
		/** Time to allow in the interview, including follow-ups. */
		minutes,
		/** The interviewer card: what you must hear, the common trap, how to spend the minutes. */
		brief: text.refine((s) => wordCount(s) <= BRIEF_MAX_WORDS, {
			error: `expected an interviewer card of at most ${BRIEF_MAX_WORDS} words`,
		}),
		/** Ratings 1 and 2. */
		rubric: lowRatings,
		/** Rating 3: the observable points a 3 needs, all of them. */
		mustShow: z
			.array(text, { error: 'expected a list of must-show points' })
			.min(MUST_SHOW.min, { error: `expected at least ${MUST_SHOW.min} must-show points` })
			.max(MUST_SHOW.max, { error: `expected at most ${MUST_SHOW.max} must-show points: a 3 needs all of them` }),
		/** Rating 4: points deeper than the must-show ones (a reason, a trade-off, a failure mode, a test). */
		depth: z
			.array(text, { error: 'expected a list of depth points' })
			.min(DEPTH.min, { error: `expected at least ${DEPTH.min} depth point` })
			.max(DEPTH.max, { error: `expected at most ${DEPTH.max} depth points: deeper, not longer` }),
		/** How many depth points a 4 needs. */
		depthNeeded: z
			.number({ error: 'expected a whole number of depth points a 4 needs' })
			.int({ error: 'expected a whole number of depth points a 4 needs' })
			.min(1, { error: 'expected at least 1 depth point for a 4' }),
		/** Where this question's case differs from the shared rules for partial and prompted answers. */
		ratingNote: text.optional(),
		/** What a 3 looks like at each level the question lists. */
		levelBars: z.partialRecord(level, text, { error: 'expected a bar line per level: level id → text' }),
		/** Questions that probe deeper once the first answer is in, each with what to listen for. */
		followUps: z
			.array(followUp, { error: 'expected a list of follow-ups' })
			.min(2, { error: 'expected at least 2 follow-ups' }),
		/** Answers or behaviours that count against the candidate. */
		redFlags: textList(2, 'red flags'),
		/** Answers or behaviours that count for the candidate beyond the rubric. */
		greenFlags: textList(1, 'green flags'),
		/** Whole prompts that test the same signal, read aloud as they are, to rotate in when a question leaks. */
		variations: z
			.array(variation, { error: 'expected a list of variations' })
			.min(1, { error: 'expected at least 1 variations' }),
		/**
		 * Other names an interviewer searches by, which the title does not use: a synonym, a
		 * spelling, the API at the heart of it (e.g. "n plus one", "select_related"). Shown under the
		 * title as "Also searched for" and weighted in search. Each term once, at most 40 characters.
		 */
		terms: z.array(term, { error: 'expected a list of search terms' }).default([]),
		/** Ids of questions an interviewer might ask next or instead. */
		related: z.array(entryId).default([]),
		/** Primary sources the question's version- and tool-specific statements were checked against. */
		sources: z.array(source, { error: 'expected a list of sources, each with "title" and "url"' }),
		/** When the answer was last checked against current Python. */
		reviewed: reviewedDate,
		/** Retired questions stay readable but are never proposed for a kit. */
		status: z.enum(QUESTION_STATUSES, { error: 'expected "active" or "retired"' }).default('active'),
		/** Where the question could disadvantage someone for reasons unrelated to the job. */
		fairness: text.optional(),
	})
	.superRefine((q, ctx) => {
		const seen = new Set<string>();
		q.terms.forEach((t, i) => {
			const key = t.toLowerCase();
			if (seen.has(key))
				ctx.addIssue({ code: 'custom', path: ['terms', i], input: t, message: 'expected each search term once' });
			seen.add(key);
		});
		if (q.depthNeeded > q.depth.length)
			ctx.addIssue({
				code: 'custom',
				path: ['depthNeeded'],
				input: q.depthNeeded,
				message: `expected at most ${q.depth.length}, the number of depth points`,
			});
		const bars = Object.keys(q.levelBars);
		for (const id of q.levels)
			if (!bars.includes(id))
				ctx.addIssue({
					code: 'custom',
					path: ['levelBars', id],
					input: undefined,
					message: `expected a bar line for "${id}", a level the question lists`,
				});
		for (const id of bars)
			if (!(q.levels as string[]).includes(id))
				ctx.addIssue({
					code: 'custom',
					path: ['levelBars', id],
					input: q.levelBars[id as keyof typeof q.levelBars],
					message: `expected bar lines only for the question's levels (${q.levels.join(', ')})`,
				});
	});

export type Question = z.output<typeof questionSchema>;
export type FollowUp = z.output<typeof followUp>;
export type Source = z.output<typeof source>;
export type Variation = z.output<typeof variation>;
