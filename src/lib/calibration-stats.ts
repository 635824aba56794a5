/**
 * The arithmetic of a calibration workshop: how far each rater sits from the reference ratings
 * (leniency or severity), and how much the raters disagree on each sample.
 */
import { DISCUSS_SPREAD, isRating, type Rating } from './rating-scale.ts';

export interface WorkshopSample {
	id: string;
	title: string;
	reference: Rating;
}

export interface WorkshopRater {
	name: string;
	/** Rating per sample id; a sample the rater skipped is absent. */
	ratings: Readonly<Record<string, Rating | undefined>>;
}

export interface RaterResult {
	name: string;
	/** Samples this rater rated. */
	rated: number;
	/** Mean of (rating − reference) over the rated samples; positive = lenient. Null if none rated. */
	meanDifference: number | null;
	/** Mean of |rating − reference|: how far off, whatever the direction. */
	meanAbsoluteDifference: number | null;
	reading: 'lenient' | 'severe' | 'close to the reference' | 'no ratings yet';
}

export interface SampleResult {
	id: string;
	title: string;
	reference: Rating;
	ratings: Rating[];
	mean: number | null;
	/** Highest minus lowest rating; 0 when everyone agrees or fewer than two rated. */
	spread: number;
	/** A spread of DISCUSS_SPREAD points or more is worth discussing first. */
	discuss: boolean;
}

/** A rater whose ratings average within this distance of the reference reads as calibrated. */
export const CALIBRATED_WITHIN = 0.25;

const mean = (values: readonly number[]) =>
	values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

export function raterResults(samples: readonly WorkshopSample[], raters: readonly WorkshopRater[]): RaterResult[] {
	return raters.map((rater) => {
		const diffs = samples.flatMap((s) => {
			const r = rater.ratings[s.id];
			return isRating(r) ? [r - s.reference] : [];
		});
		const md = mean(diffs);
		const reading: RaterResult['reading'] =
			md === null
				? 'no ratings yet'
				: md > CALIBRATED_WITHIN
					? 'lenient'
					: md < -CALIBRATED_WITHIN
						? 'severe'
						: 'close to the reference';
		return {
			name: rater.name,
			rated: diffs.length,
			meanDifference: md,
			meanAbsoluteDifference: mean(diffs.map(Math.abs)),
			reading,
		};
	});
}

export function sampleResults(samples: readonly WorkshopSample[], raters: readonly WorkshopRater[]): SampleResult[] {
	return samples.map((s) => {
		const ratings = raters.map((r) => r.ratings[s.id]).filter(isRating);
		const spread = ratings.length < 2 ? 0 : Math.max(...ratings) - Math.min(...ratings);
		return {
			id: s.id,
			title: s.title,
			reference: s.reference,
			ratings,
			mean: mean(ratings),
			spread,
			discuss: spread >= DISCUSS_SPREAD,
		};
	});
}

/** "+0.50", "−0.25", "0.00": signed, two decimals, with a real minus sign for screen readers. */
export function formatDifference(value: number | null): string {
	if (value === null) return '–';
	const rounded = Math.round(value * 100) / 100;
	if (rounded === 0) return '0.00';
	return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(2)}`;
}
