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

type PagefindFilter = Record<string, { any: string[] } | { none: string[] }>;

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
 * The facets whose counts need a search of their own. Pagefind counts a value as the results
 * that match every ticked filter *and* that value, which is what ticking it gives only while its
 * facet has nothing ticked: with "junior" ticked, "mid" would count junior-and-mid pages, while
 * ticking it shows junior-or-mid ones. For a facet with ticked values, a second search keeps the
 * other facets and excludes the ticked values (`none`); its count for a value is what ticking
 * that value would add to the results shown.
 */
export function countSearches(filters: Record<Facet, string[]>): { facet: Facet; filters: PagefindFilter }[] {
	return FACETS.filter((facet) => filters[facet].length > 0).map((facet) => ({
		facet,
		filters: { ...pagefindFilters(filters), [facet]: { none: filters[facet] } },
	}));
}

export interface FacetOption {
	value: string;
	checked: boolean;
	/** Unticked: the number of results once it is ticked. Ticked: how many results shown carry it. */
	count: number;
	/** Unticked and would give no results: offered, but cannot be ticked. */
	disabled: boolean;
}

/**
 * The options of each facet with counts that say what ticking gives. `shown` is the number of
 * results now; `counts` is Pagefind's counts for the current filters; `added` holds, for each
 * facet of `countSearches`, the counts of its search. Ticked values that the index does not know
 * (an old link) stay listed so they can be unticked.
 */
export function facetOptions(
	filters: Record<Facet, string[]>,
	shown: number,
	counts: Record<string, Record<string, number>>,
	added: Partial<Record<Facet, Record<string, number>>>,
): Record<Facet, FacetOption[]> {
	const out = {} as Record<Facet, FacetOption[]>;
	for (const facet of FACETS) {
		const ticked = filters[facet];
		const values = new Set([...Object.keys(counts[facet] ?? {}), ...ticked]);
		out[facet] = [...values].map((value) => {
			const checked = ticked.includes(value);
			const own = counts[facet]?.[value] ?? 0;
			const count = checked ? own : ticked.length === 0 ? own : shown + (added[facet]?.[value] ?? 0);
			return { value, checked, count, disabled: !checked && count === 0 };
		});
	}
	return out;
}

/**
 * Facet values in a link are ids; older links named competencies by title. A value that is a
 * title (any case) becomes its id, so those links keep working after the switch; other values
 * pass through.
 */
export function idsForTitles(values: readonly string[], titles: Readonly<Record<string, string>>): string[] {
	const byTitle = new Map(Object.entries(titles).map(([id, title]) => [title.toLowerCase(), id]));
	return [...new Set(values.map((v) => (Object.hasOwn(titles, v) ? v : (byTitle.get(v.toLowerCase()) ?? v))))];
}

/**
 * The text handed to Pagefind. Its indexer drops symbols inside a word ("N+1" is indexed as
 * "n1"), but its query parser keeps "+" and then finds nothing that matches; removing symbols
 * from the query makes both sides agree. Letters, digits, spaces and punctuation that Pagefind
 * already handles itself (hyphens, underscores, quotes for an exact search) are kept.
 */
export function searchTerm(typed: string): string {
	return typed.replace(/\p{S}/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * What to search for while the reader is still typing: a trailing word shorter than three
 * letters is left out ("flaky t" searches "flaky"), since such a prefix matches so many words
 * that Pagefind must fetch a large part of its index for it. A lone short word waits.
 */
export function liveQuery(typed: string): string {
	// searchTerm leaves single spaces between words, none at either end.
	const words = searchTerm(typed).split(' ');
	if (words.length > 1 && words.at(-1)!.length < 3) words.pop();
	const query = words.join(' ');
	return query.length < 2 ? '' : query;
}
