/**
 * The one rule for which questions give evidence for a competency, used by the kit builder, the
 * competency pages and the maintainers page: a question assesses a competency it lists (anywhere
 * in its list, not only first), and a broad competency (technical knowledge, say) through every
 * narrower competency it includes. Whether a retired question still counts is each page's choice.
 */

/** How a question assesses a competency: by listing it, through a narrower one it includes, or not. */
export type Assessment = 'direct' | 'included' | null;

export function assessment(
	competencies: readonly string[],
	competency: string,
	includes: readonly string[],
): Assessment {
	if (competencies.includes(competency)) return 'direct';
	return competencies.some((c) => includes.includes(c)) ? 'included' : null;
}

export function assesses(
	competencies: readonly string[],
	competency: string,
	includes: readonly string[] = [],
): boolean {
	return assessment(competencies, competency, includes) !== null;
}

/** The questions for a competency, those that list it first, then those that count through `includes`. */
export function questionsFor<Q>(
	questions: readonly Q[],
	competency: string,
	includes: readonly string[],
	competenciesOf: (q: Q) => readonly string[],
): { direct: Q[]; viaIncluded: Q[] } {
	const by = (kind: Assessment) =>
		questions.filter((q) => assessment(competenciesOf(q), competency, includes) === kind);
	return { direct: by('direct'), viaIncluded: by('included') };
}

/** `includes[id]` from a map built from content, safe for ids such as "constructor". */
export function includedIn(
	includes: Readonly<Record<string, readonly string[]>>,
	competency: string,
): readonly string[] {
	return Object.hasOwn(includes, competency) ? includes[competency]! : [];
}
