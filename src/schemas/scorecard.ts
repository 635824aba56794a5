/**
 * A role scorecard (`content/scorecards/<id>.yaml`): weighted competencies, decision rules and
 * the interview loop. Rules that relate fields to each other are checked here; rules that need
 * other entries (does the competency exist?) are checked by the integrity pass.
 */
import { z } from 'astro/zod';
import { LEVEL_IDS } from '../lib/taxonomy.ts';
import { RATINGS } from '../lib/rating-scale.ts';
import { BAR_RAISER_SCOPES, PASS_AT } from '../lib/scoring.ts';
import { cardProblems } from '../lib/card-rules.ts';
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
	/**
	 * False for a stage that checks rather than rates (reference checks): it adds nothing to the
	 * coverage of a competency.
	 */
	rates: z.boolean({ error: 'expected true or false' }).default(true),
	/** The exercise the stage runs (a take-home, a code review, a live-debugging session). */
	exercise: entryId.optional(),
	/** For a take-home: the live session offered instead, for candidates who cannot do one. */
	liveAlternative: text.optional(),
	/** For a take-home: what the candidate is paid for it, and when. */
	fee: text.optional(),
});

const stackLine = z.strictObject({
	/** e.g. "frameworks" */
	area: text,
	/** e.g. "Django 5.2 (LTS) with Django REST framework" */
	entry: text,
	/** Needed on day one, learnable on the job, or a bonus. */
	status: z.enum(['day one', 'learnable', 'bonus'], { error: 'expected "day one", "learnable" or "bonus"' }),
});

/** An explicit rule for cards that want the bar raised somewhere, stated on the page in words. */
const barRaiserSchema = z.strictObject({
	/** The rating that counts, 4 in practice. */
	rating: ratingValue,
	/** How many competencies must reach it. */
	count: z
		.number({ error: 'expected a whole number of at least 1' })
		.int({ error: 'expected a whole number of at least 1' })
		.min(1, { error: 'expected a whole number of at least 1' }),
	/** Among which competencies. */
	among: z.enum(BAR_RAISER_SCOPES, { error: `expected one of: ${BAR_RAISER_SCOPES.join(', ')}` }),
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
		/** Three to five outcomes the person should deliver in their first six to twelve months. */
		outcomes: z
			.array(text, { error: 'expected a list of outcomes' })
			.min(3, { error: 'expected at least 3 outcomes, written as work the person will deliver' })
			.max(5, { error: 'expected at most 5 outcomes' }),
		/** What the person will use, each line needed on day one, learnable, or a bonus. */
		stack: z.array(stackLine).min(3, { error: 'expected at least 3 stack lines' }),
		/** The numbers the work runs at: traffic, data volumes, team size, on-call. */
		scale: text,
		/** Weighted competencies; weights sum to exactly 100. */
		weights: z.array(weightSchema).min(1, { error: 'expected at least one weighted competency' }),
		/**
		 * Composite cut-offs: pass at or above `pass`, hold at or above `hold`, decline below. The
		 * scale is relative to the level, so pass is 3.00 on every card: a candidate rated 3
		 * ("meets the bar for the level") everywhere passes. A card that wants more says so with
		 * `barRaiser`.
		 */
		thresholds: z.strictObject({
			pass: z.literal(PASS_AT, {
				error: `expected ${PASS_AT}: the rating scale is relative to the level, so a candidate rated 3 on every competency passes; raise the bar with a barRaiser rule instead`,
			}),
			hold: threshold,
		}),
		/** Optional: the bar a pass must also clear, e.g. at least one 4 on a must-have. */
		barRaiser: barRaiserSchema.optional(),
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
		// The card rules shared with the tools; the field schemas above already check ranges and types.
		for (const p of cardProblems(card)) {
			if (p.rule === 'weight' || p.rule === 'threshold-range' || p.rule === 'coverage-range') continue;
			ctx.addIssue({ code: 'custom', path: p.path, params: { value: p.value }, message: `expected ${p.expected}` });
		}
		const seen = new Set(card.weights.map((w) => w.competency));
		card.stages.forEach((stage, si) => {
			if (!stage.rates && stage.questions.length > 0)
				ctx.addIssue({
					code: 'custom',
					path: ['stages', si, 'questions'],
					params: { value: stage.questions },
					message: 'expected no suggested questions on a stage that gives no rating (rates: false)',
				});
		});
		// Coverage comes from stages that give a rating; a reference check adds none.
		const focused = new Set(card.stages.filter((s) => s.rates).flatMap((s) => s.competencies));
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
					message: 'expected every weighted competency to be the focus of at least one stage that gives a rating',
				});
			}
		});
	});

export type Scorecard = z.output<typeof scorecardSchema>;
export type ScorecardWeight = Scorecard['weights'][number];
export type ScorecardStage = Scorecard['stages'][number];
