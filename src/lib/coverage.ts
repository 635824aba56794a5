/**
 * The competency × stage matrix of a scorecard: which stages gather evidence on which weighted
 * competency, and which competencies rest on a single stage (one interviewer's view).
 */
export interface CoverageInput {
	weights: readonly { competency: string; weight: number }[];
	stages: readonly { name: string; competencies: readonly string[] }[];
}

export interface CoverageRow {
	competency: string;
	weight: number;
	/** One flag per stage, in stage order. */
	stages: boolean[];
	count: number;
	/** Covered by exactly one stage: worth a second look. */
	once: boolean;
}

export function coverageMatrix(card: CoverageInput): CoverageRow[] {
	return card.weights.map(({ competency, weight }) => {
		const stages = card.stages.map((s) => s.competencies.includes(competency));
		const count = stages.filter(Boolean).length;
		return { competency, weight, stages, count, once: count === 1 };
	});
}
