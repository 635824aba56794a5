/**
 * The search page's state and its URL form (`?q=gil&level=senior&type=Question`): facets are
 * repeated parameters, so a search can be shared and the back button restores it.
 */
export const FACETS = ['type', 'competency', 'level', 'format'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
	query: string;
	filters: Record<Facet, string[]>;
}

const MAX_QUERY = 200;
const MAX_VALUES = 30;

export function emptyFilters(): Record<Facet, string[]> {
	return { type: [], competency: [], level: [], format: [] };
}

export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters = emptyFilters();
	for (const facet of FACETS) {
		filters[facet] = [
			...new Set(
				params
					.getAll(facet)
					.map((v) => v.slice(0, 100))
					.filter((v) => v.trim() !== ''),
			),
		].slice(0, MAX_VALUES);
	}
	return { query: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

export function toSearchParams(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim() !== '') params.set('q', state.query.trim());
	for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

/**
 * Pagefind's filter object: values within a facet are alternatives (any), facets combine (all).
 * Empty facets are left out so they do not filter everything away.
 */
export function pagefindFilters(filters: Record<Facet, string[]>): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const facet of FACETS) if (filters[facet].length > 0) out[facet] = { any: filters[facet] };
	return out;
}

/**
 * What to search for while the reader is still typing: a trailing word shorter than three
 * letters is left out ("flaky t" searches "flaky"), since such a prefix matches so many words
 * that Pagefind must fetch a large part of its index for it. A lone short word waits.
 */
export function liveQuery(typed: string): string {
	const words = typed.trim().split(/\s+/).filter(Boolean);
	if (words.length > 1 && words.at(-1)!.length < 3) words.pop();
	const query = words.join(' ');
	return query.length < 2 ? '' : query;
}
