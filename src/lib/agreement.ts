/**
 * Krippendorff's alpha for ordinal data, for a panel's ratings of one candidate: units are the
 * competencies, coders are the interviewers, values are 1–4 and missing ratings are allowed.
 *
 * alpha = 1 − D_observed / D_expected, with the ordinal distance between ranks c and k being
 * (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², where n_g counts how often value g was given over all
 * pairable values (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
 */
/** One unit's ratings, one per coder; null or undefined where a coder gave none. */
export type Unit = readonly (number | null | undefined)[];

export interface Alpha {
	/** Null when agreement cannot be computed (fewer than two pairable ratings, or no variation at all). */
	alpha: number | null;
	/** Ratings that were paired (units with at least two ratings). */
	pairable: number;
	reading: string;
}

export function ordinalAlpha(units: readonly Unit[]): Alpha {
	// Ranks come from the values actually used; absent values add nothing to ordinal distances.
	const values = [...new Set(units.flat().filter((v): v is number => typeof v === 'number'))].sort((a, b) => a - b);
	const index = new Map<number, number>(values.map((v, i) => [v, i]));
	const k = values.length;
	const coincidence = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	let pairable = 0;
	for (const unit of units) {
		const present = unit.filter((v): v is number => typeof v === 'number');
		const m = present.length;
		if (m < 2) continue;
		pairable += m;
		for (let i = 0; i < m; i++) {
			for (let j = 0; j < m; j++) {
				if (i === j) continue;
				coincidence[index.get(present[i]!)!]![index.get(present[j]!)!]! += 1 / (m - 1);
			}
		}
	}
	if (pairable < 2)
		return {
			alpha: null,
			pairable,
			reading: 'Not enough ratings to measure agreement: at least two interviewers must rate the same competency.',
		};
	const n = coincidence.map((row) => row.reduce((a, b) => a + b, 0));
	const total = n.reduce((a, b) => a + b, 0);
	const distance = (c: number, e: number) => {
		const [lo, hi] = c <= e ? [c, e] : [e, c];
		let sum = 0;
		for (let g = lo; g <= hi; g++) sum += n[g]!;
		return (sum - (n[lo]! + n[hi]!) / 2) ** 2;
	};
	let observed = 0;
	let expected = 0;
	for (let c = 0; c < k; c++) {
		for (let e = 0; e < k; e++) {
			const d = distance(c, e);
			observed += coincidence[c]![e]! * d;
			expected += n[c]! * n[e]! * d;
		}
	}
	expected /= total - 1;
	if (expected === 0) {
		return {
			alpha: null,
			pairable,
			reading:
				'Everyone gave the same rating everywhere: agreement is perfect but alpha is undefined when nothing varies.',
		};
	}
	const alpha = 1 - observed / expected;
	return { alpha, pairable, reading: readAlpha(alpha) };
}

/** Krippendorff's own guide: rely on data at 0.8 or above, draw only tentative conclusions from 0.667. */
export function readAlpha(alpha: number): string {
	if (alpha >= 0.8) return 'Strong agreement: the panel saw the candidate the same way.';
	if (alpha >= 0.667) return 'Moderate agreement: discuss the flagged competencies before deciding.';
	if (alpha >= 0)
		return 'Weak agreement: the panel disagrees on several competencies; talk through the evidence before any decision.';
	return 'Systematic disagreement (worse than chance): interviewers may be reading the rubric differently; calibrate before deciding.';
}

/**
 * Below this many paired ratings alpha says nothing a debrief can use: a panel of two on a
 * four-competency card pairs 8, and one changed rating there swings alpha from 1 to below 0.
 */
export const MIN_PAIRABLE = 10;
/** Above this share of paired ratings on one value, the ratings hardly vary and alpha cannot judge. */
export const NEAR_CONSTANT_SHARE = 0.9;

const listed = (names: readonly string[]) =>
	names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * What the panel is told about agreement, never contradicting the spread table: `flagged` are
 * the competencies the table flags for discussion. Alpha is read only when there are at least
 * MIN_PAIRABLE paired ratings that vary; otherwise the reading says it cannot judge here.
 */
export function agreementReading(a: Alpha, units: readonly Unit[], flagged: readonly string[]): string {
	const discuss = flagged.length === 0 ? '' : ` The spread table flags ${listed(flagged)} for discussion: start there.`;
	const paired = units
		.map((u) => u.filter((v): v is number => typeof v === 'number'))
		.filter((u) => u.length >= 2)
		.flat();
	const counts = new Map<number, number>();
	for (const v of paired) counts.set(v, (counts.get(v) ?? 0) + 1);
	const modal = Math.max(0, ...counts.values());
	if (a.pairable < 2) return a.reading;
	if (a.pairable < MIN_PAIRABLE)
		return `Only ${a.pairable} paired ratings: alpha needs at least ${MIN_PAIRABLE}, so the statistic cannot judge agreement here; read the spread table instead.${discuss}`;
	if (a.alpha === null || modal >= NEAR_CONSTANT_SHARE * a.pairable)
		return `${modal} of ${a.pairable} paired ratings are the same value: with almost no variation, the statistic cannot judge agreement here; read the spread table instead.${discuss}`;
	const them = flagged.length === 1 ? 'it' : 'them';
	if (a.alpha >= 0.8)
		return flagged.length === 0
			? 'Strong agreement: the panel saw the candidate the same way.'
			: `Strong agreement overall, but the spread table flags ${listed(flagged)}: discuss ${them} before deciding.`;
	if (a.alpha >= 0.667)
		return flagged.length === 0
			? 'Moderate agreement: the spread table flags no competency, but the ratings differ by a point in places; compare the evidence before deciding.'
			: `Moderate agreement: discuss ${listed(flagged)} before deciding.`;
	if (a.alpha >= 0)
		return flagged.length === 0
			? 'Weak agreement: the spread table flags no competency, but the one-point differences are as large as the differences between competencies; talk through the evidence before any decision.'
			: `Weak agreement: the panel disagrees on ${listed(flagged)}; talk through the evidence before any decision.`;
	return `${readAlpha(a.alpha)}${discuss}`;
}
