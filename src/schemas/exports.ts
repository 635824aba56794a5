/**
 * The shapes of the machine-readable exports (/api/questions.json, /api/scorecards.json). Their
 * JSON Schemas are generated from these at /api/questions.schema.json and
 * /api/scorecards.schema.json, and the tests validate the built exports against those files.
 */
import { z } from 'astro/zod';
import { FORMAT_IDS, LEVEL_IDS, QUESTION_STATUSES } from '../lib/taxonomy.ts';

const level = z.enum(LEVEL_IDS);

export const questionExportSchema = z
	.strictObject({
		id: z.string(),
		title: z.string(),
		url: z.url(),
		prompt: z.string(),
		competencies: z.array(z.string()).min(1),
		levels: z.array(level).min(1),
		format: z.enum(FORMAT_IDS),
		minutes: z.int().positive(),
		status: z.enum(QUESTION_STATUSES),
		brief: z.string().describe('The interviewer card: what to hear, the common trap, how to spend the minutes'),
		rubric: z
			.strictObject({ '1': z.string(), '2': z.string(), '3': z.string(), '4': z.string() })
			.describe('Each rating as text; 3 and 4 are written out from mustShow and depth'),
		mustShow: z.array(z.string()).min(2).max(4).describe('A 3 needs all of these'),
		depth: z.array(z.string()).min(1).max(3).describe('Points beyond the bar; a 4 needs depthNeeded of them'),
		depthNeeded: z.int().min(1),
		ratingNote: z.string().nullable().describe("The question's own note on partial or prompted answers"),
		levelBars: z.record(z.string(), z.string()).describe('Level id → what a 3 looks like at that level'),
		followUps: z.array(z.strictObject({ ask: z.string(), listenFor: z.string() })),
		redFlags: z.array(z.string()),
		greenFlags: z.array(z.string()),
		variations: z
			.array(z.strictObject({ prompt: z.string(), rubricNote: z.string().nullable() }))
			.describe('Whole prompts to ask instead, each with its own rubric note where the rubric reads differently'),
		terms: z.array(z.string()).describe('Other names the question is searched by'),
		related: z.array(z.string()),
		sources: z.array(z.strictObject({ title: z.string(), url: z.string().regex(/^https:\/\/\S+$/) })),
		reviewed: z.iso.date(),
		fairness: z.string().nullable(),
		runnable: z.int().min(0).describe('How many runnable Python blocks the model answer has'),
	})
	.meta({ title: 'A question of the Python interview handbook' });

export const scorecardExportSchema = z
	.strictObject({
		id: z.string(),
		title: z.string(),
		role: z.string(),
		level,
		url: z.url(),
		summary: z.string(),
		rationale: z.string(),
		outcomes: z.array(z.string()).min(1),
		stack: z.array(
			z.strictObject({ area: z.string(), entry: z.string(), status: z.enum(['day one', 'learnable', 'bonus']) }),
		),
		scale: z.string(),
		weights: z.array(
			z.strictObject({
				competency: z.string(),
				weight: z.number().positive(),
				mustHave: z.boolean(),
				minRating: z.int().min(1).max(4).nullable(),
			}),
		),
		thresholds: z.strictObject({ pass: z.number(), hold: z.number() }),
		barRaiser: z
			.strictObject({ rating: z.int().min(1).max(4), count: z.int().min(1), among: z.enum(['must-haves', 'any']) })
			.nullable()
			.describe('A bar a pass must also clear, or null'),
		decisionRule: z.string().describe('The decision rules in words, as the scorecard page states them'),
		minCoverage: z.number().min(0).max(1),
		stages: z.array(
			z.strictObject({
				name: z.string(),
				minutes: z.int().positive(),
				purpose: z.string(),
				competencies: z.array(z.string()),
				questions: z.array(z.string()),
				rates: z.boolean().describe('False for a stage that checks rather than rates, such as references'),
				exercise: z.string().nullable(),
				liveAlternative: z.string().nullable(),
				fee: z.string().nullable(),
			}),
		),
		redFlags: z.array(z.string()),
	})
	.meta({ title: 'A role scorecard of the Python interview handbook' });

export type QuestionExport = z.output<typeof questionExportSchema>;
export type ScorecardExport = z.output<typeof scorecardExportSchema>;

/** The published JSON Schema of a whole export file: an array of entries. */
export function exportJsonSchema(entry: z.ZodType, title: string): unknown {
	return z.toJSONSchema(z.array(entry).meta({ title }), { target: 'draft-2020-12' });
}
