/**
 * The arithmetic of a calibration workshop: how far each rater sits from the reference ratings
 * (leniency or severity), and how much the raters disagree on each sample.
 *
 * A rater is read from two numbers together: the signed mean difference says in which direction
 * they lean, the mean distance says how far off they are. Errors in both directions cancel in the
 * signed mean (+1, −1, +1, −1 averages 0), so a small signed mean alone never reads as calibrated.
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

export const READINGS = {
	lenient: 'lenient',
	severe: 'severe',
	close: 'close to the reference',
	scattered: 'scattered: errors in both directions cancel out',
	none: 'no ratings yet',
} as const;
export type Reading = (typeof READINGS)[keyof typeof READINGS];

export interface RaterResult {
	name: string;
	/** Samples this rater rated. */
	rated: number;
	/** Mean of (rating − reference) over the rated samples; positive = lenient. Null if none rated. */
	meanDifference: number | null;
	/** Mean of |rating − reference|: how far off, whatever the direction. */
	meanAbsoluteDifference: number | null;
	reading: Reading;
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

/** A signed mean beyond this distance from 0 reads as lenient or severe. */
export const CALIBRATED_WITHIN = 0.25;
/** A rater reads as close to the reference only if, on average, they are at most this far off. */
export const CLOSE_DISTANCE = 0.5;

const mean = (values: readonly number[]) =>
	values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** The reading of a rater from both means; see the module comment for why both. */
export function readRater(meanDifference: number | null, meanDistance: number | null): Reading {
	if (meanDifference === null || meanDistance === null) return READINGS.none;
	if (meanDifference > CALIBRATED_WITHIN) return READINGS.lenient;
	if (meanDifference < -CALIBRATED_WITHIN) return READINGS.severe;
	return meanDistance > CLOSE_DISTANCE ? READINGS.scattered : READINGS.close;
}

export function raterResults(samples: readonly WorkshopSample[], raters: readonly WorkshopRater[]): RaterResult[] {
	return raters.map((rater) => {
		const diffs = samples.flatMap((s) => {
			const r = Object.hasOwn(rater.ratings, s.id) ? rater.ratings[s.id] : undefined;
			return isRating(r) ? [r - s.reference] : [];
		});
		const md = mean(diffs);
		const distance = mean(diffs.map(Math.abs));
		return {
			name: rater.name,
			rated: diffs.length,
			meanDifference: md,
			meanAbsoluteDifference: distance,
			reading: readRater(md, distance),
		};
	});
}

export function sampleResults(samples: readonly WorkshopSample[], raters: readonly WorkshopRater[]): SampleResult[] {
	return samples.map((s) => {
		const ratings = raters.map((r) => (Object.hasOwn(r.ratings, s.id) ? r.ratings[s.id] : undefined)).filter(isRating);
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

/**
 * Two decimals, halves rounded away from zero in both directions, so −0.125 and +0.125 read
 * −0.13 and +0.13 (Math.round rounds −12.5 up to −12). The nudge absorbs binary error such as
 * 1.005 × 100 = 100.49999…; workshop means are small fractions, far from that scale.
 */
export function roundTwo(value: number): number {
	const magnitude = Math.round(Math.abs(value) * 100 + 1e-7) / 100;
	return value < 0 ? -magnitude : magnitude;
}

/** "2.50", "–" for no value: a mean or a distance, unsigned. */
export function formatTwo(value: number | null): string {
	return value === null ? '–' : roundTwo(value).toFixed(2);
}

/** "+0.50", "−0.25", "0.00": signed, two decimals, with a real minus sign for screen readers. */
export function formatDifference(value: number | null): string {
	if (value === null) return '–';
	const rounded = roundTwo(value);
	return `${SIGN.get(Math.sign(rounded)) ?? ''}${Math.abs(rounded).toFixed(2)}`;
}
/** Zero (and −0) has no sign. */
const SIGN = new Map([
	[1, '+'],
	[-1, '−'],
]);
