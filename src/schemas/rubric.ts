/** A four-point rubric: what an answer at each rating shows, in observable terms. */
import { z } from 'astro/zod';
import { text } from './fields.ts';

const point = (n: number) => text.describe(`What a ${n} answer shows`);

export const rubricSchema = z.strictObject(
	{ '1': point(1), '2': point(2), '3': point(3), '4': point(4) },
	{ error: 'expected a rubric with the keys "1", "2", "3" and "4", each with text' },
);

export type Rubric = z.output<typeof rubricSchema>;
