/** Field schemas shared by several collections, each with an error that says what is expected. */
import { z } from 'astro/zod';
import { ENTRY_ID } from '../lib/taxonomy.ts';

/** An entry id as written in a reference: lower-case words joined by hyphens, e.g. `lru-cache`. */
export const entryId = z
	.string({ error: 'expected an entry id (lower-case words joined by hyphens, e.g. "lru-cache")' })
	.regex(ENTRY_ID, {
		error: 'expected an entry id (lower-case words joined by hyphens, e.g. "lru-cache")',
	});

/** Prose that must be present: trimmed, at least one visible character. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

/** A list of prose items with at least `min` entries, none empty. */
export function textList(min: number, what: string) {
	return z.array(text, { error: `expected a list of ${what}` }).min(min, { error: `expected at least ${min} ${what}` });
}

/** A whole number of minutes, at least one. */
export const minutes = z
	.number({ error: 'expected a positive whole number of minutes, e.g. 15' })
	.int({ error: 'expected a positive whole number of minutes, e.g. 15' })
	.positive({ error: 'expected a positive whole number of minutes, e.g. 15' });

/**
 * The date a maintainer last checked an entry against current Python and practice.
 * YAML turns `2026-11-20` into a Date; a quoted string in the same form is accepted too.
 */
export const reviewedDate = z.preprocess(
	(value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value),
	z.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-11-20' }),
);
