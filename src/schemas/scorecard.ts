/**
 * A role scorecard (`content/scorecards/<id>.yaml`): weighted competencies, decision rules and
 * the interview loop. Rules that relate fields to each other are checked here; rules that need
 * other entries (does the competency exist?) are checked by the integrity pass.
 */
import { z } from 'astro/zod';
import { LEVEL_IDS } from '../lib/taxonomy.ts';
import { RATINGS } from '../lib/rating-scale.ts';
import { entryId, minutes, text, textList } from './fields.ts';

const ratingValue = z.literal(RATINGS, { error: 'expected one of the ratings 1, 2, 3 or 4' });
const threshold = z
	.number({ error: 'expected a number from 1 to 4' })
	.min(1, { error: 'expected a number from 1 to 4' })
	.max(4, { error: 'expected a number from 1 to 4' });

const weightSchema = z.strictObject({
	/** The competency id being weighted. */
	competency: entryId,
	/** Share of the composite, a positive whole number; all weights add up to 100. */
	weight: z
		.number({ error: 'expected a positive whole number' })
		.int({ error: 'expected a positive whole number' })
		.positive({ error: 'expected a positive whole number' }),
	/** A must-have vetoes the outcome when rated below minRating, whatever the composite. */
	mustHave: z.boolean().default(false),
	/** The lowest acceptable rating for a must-have. */
	minRating: ratingValue.optional(),
});

const stageSchema = z.strictObject({
	/** Stage name, e.g. "60-minute technical screen". */
	name: text,
	/** Length of the stage. */
	minutes,
	/** What the stage is for, in a sentence. */
	purpose: text,
	/** Competency ids this stage gathers evidence on; each must be weighted on the scorecard. */
	competencies: z.array(entryId).min(1, { error: 'expected at least one focus competency' }),
	/** Ids of bank questions suggested for the stage. */
	questions: z.array(entryId).default([]),
});

export const scorecardSchema = z
	.strictObject({
		/** Display name, e.g. "Backend engineer (senior)". */
		title: text,
		/** The role, e.g. "Backend engineer (Django / FastAPI)". */
		role: text,
		/** The level the scorecard hires for. */
		level: z.enum(LEVEL_IDS, { error: `expected one of the levels: ${LEVEL_IDS.join(', ')}` }),
		/** What the role does, in two or three sentences. */
		summary: text,
		/** One line on why the weights are what they are (equal unless there is a reason). */
		rationale: text,
		/** Weighted competencies; weights sum to exactly 100. */
		weights: z.array(weightSchema).min(1, { error: 'expected at least one weighted competency' }),
		/** Composite cut-offs: pass at or above `pass`, hold at or above `hold`, decline below. */
		thresholds: z.strictObject({ pass: threshold, hold: threshold }),
		/** Share of total weight that must be assessed before an outcome is given, 0 to 1. */
		minCoverage: z
			.number({ error: 'expected a number from 0 to 1, e.g. 0.75' })
			.min(0, { error: 'expected a number from 0 to 1, e.g. 0.75' })
			.max(1, { error: 'expected a number from 0 to 1, e.g. 0.75' }),
		/** The interview loop, in order. */
		stages: z.array(stageSchema).min(1, { error: 'expected at least one stage' }),
		/** Warning signs specific to this role. */
		redFlags: textList(2, 'red flags'),
	})
	.superRefine((card, ctx) => {
		const total = card.weights.reduce((sum, w) => sum + w.weight, 0);
		if (total !== 100) {
			ctx.addIssue({
				code: 'custom',
				path: ['weights'],
				params: { value: total },
				message: `expected weights that sum to exactly 100, but they sum to ${total}`,
			});
		}
		const seen = new Set<string>();
		card.weights.forEach((w, i) => {
			if (seen.has(w.competency)) {
				ctx.addIssue({
					code: 'custom',
					path: ['weights', i, 'competency'],
					params: { value: w.competency },
					message: 'expected each competency to be weighted once; this one appears twice',
				});
			}
			seen.add(w.competency);
			if (w.mustHave && w.minRating === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['weights', i, 'minRating'],
					params: { value: undefined },
					message: 'expected a minRating (1 to 4) because this competency is a must-have',
				});
			}
		});
		if (card.thresholds.hold > card.thresholds.pass) {
			ctx.addIssue({
				code: 'custom',
				path: ['thresholds', 'hold'],
				params: { value: card.thresholds.hold },
				message: `expected the hold threshold to be at most the pass threshold (${card.thresholds.pass})`,
			});
		}
		const focused = new Set(card.stages.flatMap((s) => s.competencies));
		card.stages.forEach((stage, si) => {
			stage.competencies.forEach((id, ci) => {
				if (!seen.has(id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['stages', si, 'competencies', ci],
						params: { value: id },
						message: `expected a competency weighted on this scorecard (${[...seen].join(', ')})`,
					});
				}
			});
		});
		card.weights.forEach((w, i) => {
			if (!focused.has(w.competency)) {
				ctx.addIssue({
					code: 'custom',
					path: ['weights', i, 'competency'],
					params: { value: w.competency },
					message: 'expected every weighted competency to be the focus of at least one stage',
				});
			}
		});
	});

export type Scorecard = z.output<typeof scorecardSchema>;
export type ScorecardWeight = Scorecard['weights'][number];
export type ScorecardStage = Scorecard['stages'][number];
