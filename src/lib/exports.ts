/**
 * The machine-readable exports (/api/questions.json, /api/scorecards.json). Plain data in,
 * plain data out, so the shape is unit-tested without a build.
 */
import type { QuestionExport, ScorecardExport } from '../schemas/exports.ts';
import type { Question } from '../schemas/question.ts';
import type { Scorecard } from '../schemas/scorecard.ts';
import { ratingFourText, ratingThreeText } from './rubric.ts';
import { decisionRuleInWords } from './scoring.ts';
import { runnableBlocks } from './runnable.ts';

export type { QuestionExport, ScorecardExport };

export function questionExport(id: string, data: Question, body: string, url: string): QuestionExport {
	return {
		id,
		title: data.title,
		url,
		prompt: data.prompt,
		competencies: [...data.competencies],
		levels: [...data.levels],
		format: data.format,
		minutes: data.minutes,
		status: data.status,
		brief: data.brief,
		rubric: { '1': data.rubric['1'], '2': data.rubric['2'], '3': ratingThreeText(data), '4': ratingFourText(data) },
		mustShow: [...data.mustShow],
		depth: [...data.depth],
		depthNeeded: data.depthNeeded,
		ratingNote: data.ratingNote ?? null,
		levelBars: Object.fromEntries(data.levels.map((level) => [level, data.levelBars[level] ?? ''])),
		followUps: data.followUps.map((f) => ({ ask: f.ask, listenFor: f.listenFor })),
		redFlags: [...data.redFlags],
		greenFlags: [...data.greenFlags],
		variations: data.variations.map((v) => ({ prompt: v.prompt, rubricNote: v.rubricNote ?? null })),
		terms: [...data.terms],
		related: [...data.related],
		sources: data.sources.map((s) => ({ title: s.title, url: s.url })),
		reviewed: data.reviewed.toISOString().slice(0, 10),
		fairness: data.fairness ?? null,
		runnable: runnableBlocks(body).length,
	};
}

export function scorecardExport(id: string, data: Scorecard, url: string): ScorecardExport {
	return {
		id,
		title: data.title,
		role: data.role,
		level: data.level,
		url,
		summary: data.summary,
		rationale: data.rationale,
		outcomes: [...data.outcomes],
		stack: data.stack.map((l) => ({ area: l.area, entry: l.entry, status: l.status })),
		scale: data.scale,
		weights: data.weights.map((w) => ({
			competency: w.competency,
			weight: w.weight,
			mustHave: w.mustHave,
			minRating: w.minRating ?? null,
		})),
		thresholds: { ...data.thresholds },
		barRaiser: data.barRaiser ? { ...data.barRaiser } : null,
		decisionRule: decisionRuleInWords(data, (id) => id),
		minCoverage: data.minCoverage,
		stages: data.stages.map((s) => ({
			name: s.name,
			minutes: s.minutes,
			purpose: s.purpose,
			competencies: [...s.competencies],
			questions: [...s.questions],
			rates: s.rates,
			exercise: s.exercise ?? null,
			liveAlternative: s.liveAlternative ?? null,
			fee: s.fee ?? null,
		})),
		redFlags: [...data.redFlags],
	};
}
