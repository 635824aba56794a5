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
