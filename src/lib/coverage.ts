/**
 * The competency × stage matrix of a scorecard: which stages gather evidence on which weighted
 * competency, and which competencies rest on a single stage (one interviewer's view). Only a
 * stage that gives a rating counts: a reference check informs the debrief but rates nothing.
 */
export interface CoverageInput {
	weights: readonly { competency: string; weight: number }[];
	stages: readonly { name: string; competencies: readonly string[]; rates?: boolean }[];
}

/** A stage that rates the competency, one that only checks it, or one that does not touch it. */
export type StageCover = 'rated' | 'checked' | null;

export interface CoverageRow {
	competency: string;
	weight: number;
	/** One entry per stage, in stage order. */
	stages: StageCover[];
	/** Stages that give this competency a rating. */
	count: number;
	/** Rated by exactly one stage: worth a second look. */
	once: boolean;
}

export function coverageMatrix(card: CoverageInput): CoverageRow[] {
	return card.weights.map(({ competency, weight }) => {
		const stages = card.stages.map((s): StageCover => {
			if (!s.competencies.includes(competency)) return null;
			return s.rates === false ? 'checked' : 'rated';
		});
		const count = stages.filter((c) => c === 'rated').length;
		return { competency, weight, stages, count, once: count === 1 };
	});
}
