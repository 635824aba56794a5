/** A process guide (`content/guides/<id>.mdx`); the body is the guide itself. */
import { z } from 'astro/zod';
import { entryId, reviewedDate, text } from './fields.ts';

const sourceSchema = z.strictObject({
	/** Citation as a reader would look it up, e.g. "Schmidt & Hunter (1998), Psychological Bulletin 124(2)". */
	title: text,
	/** What the source supports in this guide, in a sentence. */
	note: text,
	/** Where to read it: required for laws and regulations, which the guide must link. */
	url: z.url({ protocol: /^https$/, error: 'expected an https URL of the source' }).optional(),
});

export const guideSchema = z.strictObject({
	/** Page title, e.g. "Running a debrief without anchoring". */
	title: text,
	/** One or two sentences for lists and search results. */
	summary: text,
	/** Who reads it and when, e.g. "Debrief leads, before the panel meets". */
	audience: text,
	/** Position on the guide list; lower comes first, following the hiring process. */
	order: z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }),
	/** Research or standards the guide relies on. */
	sources: z.array(sourceSchema).default([]),
	/** Ids of other guides a reader needs next. */
	related: z.array(entryId).default([]),
	/** When the guide was last checked. */
	reviewed: reviewedDate,
});

export type Guide = z.output<typeof guideSchema>;
