/**
 * The data the calculator and the panel hand their scripts: one type, derived from the schemas,
 * imported by the page that renders it and by the elements that read it.
 */
import { getCompetencies, getRatingScale, getScorecards } from './content.ts';
import type { Competency } from '../schemas/competency.ts';
import type { RatingPoint } from '../schemas/rating-scale.ts';
import type { Scorecard } from '../schemas/scorecard.ts';
import type { ScoringCard } from '../lib/scoring.ts';

/** A handbook scorecard as the tools see it: its name and level, and the card that scores it. */
export interface CalculatorCard extends Pick<Scorecard, 'title' | 'level'> {
	id: string;
	card: ScoringCard;
}

export interface CalculatorData {
	scorecards: CalculatorCard[];
	competencies: (Pick<Competency, 'title' | 'anchors'> & { id: string })[];
	scale: Pick<RatingPoint, 'value' | 'label' | 'definition'>[];
}

/** The scoring part of a scorecard, with an absent minimum written as null as exports write it. */
export function scoringCard(s: Pick<Scorecard, 'weights' | 'thresholds' | 'minCoverage' | 'barRaiser'>): ScoringCard {
	return {
		weights: s.weights.map((w) => ({
			competency: w.competency,
			weight: w.weight,
			mustHave: w.mustHave,
			minRating: w.minRating ?? null,
		})),
		thresholds: { pass: s.thresholds.pass, hold: s.thresholds.hold },
		minCoverage: s.minCoverage,
		...(s.barRaiser ? { barRaiser: { ...s.barRaiser } } : {}),
	};
}

export async function calculatorData(): Promise<CalculatorData> {
	return {
		scorecards: (await getScorecards()).map((s) => ({
			id: s.id,
			title: s.data.title,
			level: s.data.level,
			card: scoringCard(s.data),
		})),
		competencies: (await getCompetencies()).map((c) => ({ id: c.id, title: c.data.title, anchors: c.data.anchors })),
		scale: (await getRatingScale()).map((p) => ({
			value: p.data.value,
			label: p.data.label,
			definition: p.data.definition,
		})),
	};
}
