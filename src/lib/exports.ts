/**
 * The machine-readable exports (/api/questions.json, /api/scorecards.json). Plain data in,
 * plain data out, so the shape is unit-tested without a build.
 */
import type { Question } from '../schemas/question.ts';
import type { Scorecard } from '../schemas/scorecard.ts';
import { runnableBlocks } from './runnable.ts';

export interface QuestionExport {
	id: string;
	title: string;
	url: string;
	prompt: string;
	competencies: string[];
	levels: string[];
	format: string;
	minutes: number;
	status: string;
	rubric: Record<'1' | '2' | '3' | '4', string>;
	redFlags: string[];
	greenFlags: string[];
	followUps: string[];
	variations: string[];
	related: string[];
	reviewed: string;
	fairness: string | null;
	runnable: number;
}

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
		rubric: { ...data.rubric },
		redFlags: [...data.redFlags],
		greenFlags: [...data.greenFlags],
		followUps: [...data.followUps],
		variations: [...data.variations],
		related: [...data.related],
		reviewed: data.reviewed.toISOString().slice(0, 10),
		fairness: data.fairness ?? null,
		runnable: runnableBlocks(body).length,
	};
}

export interface ScorecardExport {
	id: string;
	title: string;
	role: string;
	level: string;
	url: string;
	summary: string;
	rationale: string;
	weights: { competency: string; weight: number; mustHave: boolean; minRating: number | null }[];
	thresholds: { pass: number; hold: number };
	minCoverage: number;
	stages: { name: string; minutes: number; purpose: string; competencies: string[]; questions: string[] }[];
	redFlags: string[];
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
		weights: data.weights.map((w) => ({
			competency: w.competency,
			weight: w.weight,
			mustHave: w.mustHave,
			minRating: w.minRating ?? null,
		})),
		thresholds: { ...data.thresholds },
		minCoverage: data.minCoverage,
		stages: data.stages.map((s) => ({
			name: s.name,
			minutes: s.minutes,
			purpose: s.purpose,
			competencies: [...s.competencies],
			questions: [...s.questions],
		})),
		redFlags: [...data.redFlags],
	};
}
