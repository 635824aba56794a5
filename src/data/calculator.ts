/** The data the calculator and panel need, reduced to what the browser uses. */
import { getCompetencies, getRatingScale, getScorecards } from './content.ts';
import type { ScoringCard } from '../lib/scoring.ts';

export interface CalculatorCard extends ScoringCard {
	id: string;
	title: string;
	level: string;
}

export interface CalculatorData {
	scorecards: CalculatorCard[];
	competencies: { id: string; title: string; anchors: Record<string, string[]> }[];
	scale: { value: number; label: string; definition: string }[];
}

export async function calculatorData(): Promise<CalculatorData> {
	return {
		scorecards: (await getScorecards()).map((s) => ({
			id: s.id,
			title: s.data.title,
			level: s.data.level,
			weights: s.data.weights.map((w) => ({
				competency: w.competency,
				weight: w.weight,
				mustHave: w.mustHave,
				minRating: w.minRating ?? null,
			})),
			thresholds: s.data.thresholds,
			minCoverage: s.data.minCoverage,
			...(s.data.barRaiser ? { barRaiser: s.data.barRaiser } : {}),
		})),
		competencies: (await getCompetencies()).map((c) => ({ id: c.id, title: c.data.title, anchors: c.data.anchors })),
		scale: (await getRatingScale()).map((p) => ({
			value: p.data.value,
			label: p.data.label,
			definition: p.data.definition,
		})),
	};
}
