/**
 * Rubric model v2: the rules that turn what an interviewer observed into a rating, in one place.
 * Question schemas check the shape against these numbers; pages, kits, exports and the session
 * derive the rating-3 and rating-4 texts from the points with the functions below.
 */

/** A 3 ("meets the bar") is this many observable must-show points, and needs all of them. */
export const MUST_SHOW = { min: 2, max: 4 } as const;
/** A 4 adds depth points (a reason, a trade-off, a failure mode, a test): deeper, not longer. */
export const DEPTH = { min: 1, max: 3 } as const;
/** The interviewer card is read in the minute before a question: short enough for that. */
export const BRIEF_MAX_WORDS = 80;

/**
 * How partial and prompted answers are rated, written once and shown with every rubric.
 * A question adds its own `ratingNote` only where its case differs.
 */
export const RUBRIC_RULES = [
	'A 3 needs every must-show point. Some but not all of them is a 2; none, or an account that is wrong, is a 1.',
	'A 4 needs every must-show point and at least the stated number of depth points.',
	'A point the candidate reaches only after a hint that names it does not count. A hint that restates the question or offers an example input costs nothing.',
	'Clarifying questions cost nothing, and silence while thinking is not evidence either way: rate what the candidate says, writes and explains.',
	'A depth point counts towards a 4 only when the candidate raised it before a follow-up that asks about it; the answer to that follow-up is still evidence for the level bar and the notes.',
] as const;

export interface RubricPoints {
	mustShow: readonly string[];
	depth: readonly string[];
	depthNeeded: number;
}

export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** "3" as one sentence, for exports and any place that shows the rubric as four texts. */
export function ratingThreeText(points: RubricPoints): string {
	return `Shows all of: ${points.mustShow.map(stripStop).join('; ')}.`;
}

/** "4" as one sentence: everything in 3 plus the depth points a 4 needs. */
export function ratingFourText(points: RubricPoints): string {
	return `Everything in 3, plus ${depthNeededWords(points)}: ${points.depth.map(stripStop).join('; ')}.`;
}

/** "all of the depth points" / "at least 2 of the depth points" / "the depth point". */
export function depthNeededWords({ depth, depthNeeded }: RubricPoints): string {
	if (depth.length === 1) return 'the depth point';
	if (depthNeeded >= depth.length) return `all ${depth.length} depth points`;
	return `at least ${depthNeeded} of the ${depth.length} depth points`;
}

function stripStop(text: string): string {
	return text.trim().replace(/[.;]+$/, '');
}
