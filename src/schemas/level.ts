/** A seniority level (`content/levels/<id>.yaml`); the id must be one of LEVEL_IDS. */
import { z } from 'astro/zod';
import { text, textList } from './fields.ts';

export const levelSchema = z.strictObject({
	/** Display name, e.g. "Senior". */
	title: text,
	/** Position in the ladder, 1 (junior) to 4 (staff); pages sort by it. */
	order: z.number().int().min(1).max(4, { error: 'expected a whole number from 1 to 4' }),
	/** The scope this level owns, in one line (e.g. "one module, with review"). */
	scope: text,
	/** A paragraph on what the level means in a Python team. */
	summary: text,
	/** Observable expectations an interviewer can check, at least three. */
	expectations: textList(3, 'expectations'),
	/** What separates this level from the one below, so raters do not drift. */
	notYet: text,
});

export type Level = z.output<typeof levelSchema>;
