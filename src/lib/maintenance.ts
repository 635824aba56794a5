/**
 * What a maintainer of the bank needs to see: where the bank is thin (competency × level),
 * which questions are overdue for review, which are retired, and which scorecards rest a
 * competency on a single stage.
 */
import { assesses } from './competency-questions.ts';
import { coverageMatrix } from './coverage.ts';

export interface MaintainedQuestion {
	id: string;
	title: string;
	competencies: readonly string[];
	levels: readonly string[];
	status: string;
	reviewed: Date;
}

export interface MaintainedScorecard {
	id: string;
	title: string;
	weights: readonly { competency: string; weight: number }[];
	stages: readonly { name: string; competencies: readonly string[] }[];
}

/** Fewer active questions than this in a cell counts as a gap: too few to rotate after a leak. */
export const THIN = 2;
export const REVIEW_AFTER_MONTHS = 12;

/** Active questions per narrow competency (any position, not only primary) and level; narrow ones include nothing. */
export function coverageByLevel(
	questions: readonly MaintainedQuestion[],
	competencies: readonly string[],
	levels: readonly string[],
): { competency: string; counts: number[] }[] {
	const active = questions.filter((q) => q.status === 'active');
	return competencies.map((competency) => ({
		competency,
		counts: levels.map(
			(level) => active.filter((q) => assesses(q.competencies, competency, []) && q.levels.includes(level)).length,
		),
	}));
}

export function overdueForReview(questions: readonly MaintainedQuestion[], today: Date): MaintainedQuestion[] {
	const cutoff = new Date(today);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - REVIEW_AFTER_MONTHS);
	return questions
		.filter((q) => q.status === 'active' && q.reviewed.getTime() < cutoff.getTime())
		.sort((a, b) => a.reviewed.getTime() - b.reviewed.getTime());
}

export function singleStageCompetencies(
	cards: readonly MaintainedScorecard[],
): { id: string; title: string; competencies: string[] }[] {
	return cards
		.map((card) => ({
			id: card.id,
			title: card.title,
			competencies: coverageMatrix(card)
				.filter((row) => row.once)
				.map((row) => row.competency),
		}))
		.filter((c) => c.competencies.length > 0);
}
