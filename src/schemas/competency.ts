/** A competency (`content/competencies/<id>.yaml`): one real skill, with level anchors. */
import { z } from 'astro/zod';
import { AREA_IDS } from '../lib/taxonomy.ts';
import { entryId, text, textList } from './fields.ts';

/** Behavioural anchors: what someone at each level does, in observable terms. */
const anchors = z.strictObject(
	{
		junior: textList(1, 'anchors for junior'),
		mid: textList(1, 'anchors for mid'),
		senior: textList(1, 'anchors for senior'),
		staff: textList(1, 'anchors for staff'),
	},
	{ error: 'expected anchors for each of junior, mid, senior and staff' },
);

export const competencySchema = z.strictObject({
	/** Display name, e.g. "Concurrency and parallelism". */
	title: text,
	/** The area that groups it on the competency list. */
	area: z.enum(AREA_IDS, { error: `expected one of the areas: ${AREA_IDS.join(', ')}` }),
	/** One or two sentences on what the skill covers. */
	summary: text,
	/** Why the skill matters in production Python work. */
	whyItMatters: text,
	/** What a rater should see at each level; a senior anchor says what a mid does not do. */
	anchors,
	/**
	 * For a broad competency used by a general scorecard (e.g. technical knowledge): the narrower
	 * competencies whose questions give evidence for it. Empty for an ordinary competency.
	 */
	includes: z.array(entryId).default([]),
});

export type Competency = z.output<typeof competencySchema>;
