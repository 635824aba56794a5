import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, pagefindFilters, parseSearchState, toSearchParams } from '../../../src/lib/search-state.ts';

describe('search state in the URL', () => {
	it('reads the query and repeated facet parameters', () => {
		expect(parseSearchState('?q=gil&level=senior&level=staff&type=Question')).toEqual({
			query: 'gil',
			filters: { ...emptyFilters(), level: ['senior', 'staff'], type: ['Question'] },
		});
	});
	it('writes them back in a stable form, leaving out empty parts', () => {
		expect(toSearchParams({ query: ' gil ', filters: { ...emptyFilters(), level: ['senior'] } })).toBe(
			'?q=gil&level=senior',
		);
		expect(toSearchParams({ query: '', filters: emptyFilters() })).toBe('');
	});
	it('combines values within a facet as alternatives for Pagefind', () => {
		expect(pagefindFilters({ ...emptyFilters(), level: ['senior', 'staff'], type: ['Question'] })).toEqual({
			type: { any: ['Question'] },
			level: { any: ['senior', 'staff'] },
		});
	});
	it('round-trips any state and never throws on any query string (1,000 runs)', () => {
		const value = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
		fc.assert(
			fc.property(fc.string({ maxLength: 50 }), fc.uniqueArray(value, { maxLength: 3 }), (q, levels) => {
				const state = { query: q.trim(), filters: { ...emptyFilters(), level: levels } };
				return JSON.stringify(parseSearchState(toSearchParams(state))) === JSON.stringify(state);
			}),
			{ numRuns: 1000 },
		);
		fc.assert(
			fc.property(fc.string(), (s) => typeof parseSearchState(s).query === 'string'),
			{ numRuns: 1000 },
		);
	});
});

describe('liveQuery', () => {
	it('leaves out a short trailing word while typing, and waits for a lone short word', async () => {
		const { liveQuery } = await import('../../../src/lib/search-state.ts');
		expect(liveQuery('flaky t')).toBe('flaky');
		expect(liveQuery('flaky te')).toBe('flaky');
		expect(liveQuery('flaky tes')).toBe('flaky tes');
		expect(liveQuery('GIL')).toBe('GIL');
		expect(liveQuery('G')).toBe('');
		expect(liveQuery('  lru   cache ')).toBe('lru cache');
	});
	it('splits on any run of spaces and waits for two letters', async () => {
		const { liveQuery } = await import('../../../src/lib/search-state.ts');
		expect(liveQuery('lru\t\tcache  x')).toBe('lru cache');
		expect(liveQuery('ab')).toBe('ab');
		expect(liveQuery('ab c')).toBe('ab');
		expect(liveQuery(' a ')).toBe('');
		expect(liveQuery('')).toBe('');
	});
});

describe('search state limits', () => {
	it('drops blank and repeated facet values, cuts values to 100 characters and keeps at most 30', () => {
		const many = Array.from({ length: 35 }, (_, i) => `level=l${i}`).join('&');
		expect(parseSearchState(`?${many}`).filters.level).toHaveLength(30);
		expect(parseSearchState(`?${many}`).filters.level.at(-1)).toBe('l29');
		expect(parseSearchState(`?type=%20%20&type=Question&type=Question&format=${'f'.repeat(120)}`).filters).toEqual({
			...emptyFilters(),
			type: ['Question'],
			format: ['f'.repeat(100)],
		});
		expect(parseSearchState(`?q=${'q'.repeat(250)}`).query).toHaveLength(200);
		expect(parseSearchState('?q=%20gil%20').query).toBe(' gil ');
	});
	it('writes a query of spaces as no query', () => {
		expect(toSearchParams({ query: '   ', filters: { ...emptyFilters(), type: ['Guide'] } })).toBe('?type=Guide');
		expect(pagefindFilters(emptyFilters())).toEqual({});
	});
});

describe('searchTerm', () => {
	it('drops symbols the indexer drops, so "N+1" meets the indexed "n1"', async () => {
		const { searchTerm, liveQuery } = await import('../../../src/lib/search-state.ts');
		expect(searchTerm('N+1')).toBe('N1');
		expect(searchTerm('N+1 query')).toBe('N1 query');
		expect(searchTerm(' a  +  b ')).toBe('a b');
		expect(searchTerm('select_related "exact words" x-y')).toBe('select_related "exact words" x-y');
		expect(liveQuery('N+1')).toBe('N1');
		expect(liveQuery('N+')).toBe('');
	});
});

/** Pagefind's own semantics, on a few pages: a filter keeps pages with any listed value (or none). */
type Page = Record<'type' | 'competency' | 'level' | 'format', readonly string[]>;
function model(pages: Page[]) {
	type F = Record<string, { any: string[] } | { none: string[] }>;
	const keep = (p: Page, filters: F) =>
		Object.entries(filters).every(([facet, rule]) => {
			const has = p[facet as keyof Page];
			return 'any' in rule ? rule.any.some((v) => has.includes(v)) : !rule.none.some((v) => has.includes(v));
		});
	return (filters: F) => {
		const results = pages.filter((p) => keep(p, filters));
		// Pagefind's count for a value: the results that also carry it.
		const counts: Record<string, Record<string, number>> = {};
		for (const facet of ['type', 'competency', 'level', 'format'] as const) {
			counts[facet] = {};
			for (const p of pages) for (const v of p[facet]) counts[facet][v] ??= 0;
			for (const p of results) for (const v of p[facet]) counts[facet][v]! += 1;
		}
		return { results, counts };
	};
}

describe('facet counts', () => {
	const page = fc.record({
		type: fc.constantFrom(['Question'], ['Guide']),
		competency: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
		level: fc.subarray(['junior', 'mid', 'senior'], { minLength: 0 }),
		format: fc.constantFrom([], ['coding'], ['debugging']),
	});
	const ticks = fc.record({
		type: fc.subarray(['Question', 'Guide']),
		competency: fc.subarray(['a', 'b', 'c']),
		level: fc.subarray(['junior', 'mid', 'senior']),
		format: fc.subarray(['coding', 'debugging']),
	});

	it('say, for every option, what ticking it gives (1,000 runs)', async () => {
		const { countSearches, facetOptions, pagefindFilters } = await import('../../../src/lib/search-state.ts');
		fc.assert(
			fc.property(fc.array(page, { maxLength: 12 }), ticks, (pages, filters) => {
				const search = model(pages);
				const now = search(pagefindFilters(filters));
				const added = Object.fromEntries(
					countSearches(filters).map((c) => [c.facet, search(c.filters).counts[c.facet]]),
				);
				const options = facetOptions(filters, now.results.length, now.counts, added);
				for (const [facet, list] of Object.entries(options) as [keyof Page, typeof options.type][]) {
					for (const o of list) {
						if (o.checked) {
							expect(o.count).toBe(now.results.filter((p) => p[facet].includes(o.value)).length);
						} else {
							const after = search(pagefindFilters({ ...filters, [facet]: [...filters[facet], o.value] }));
							expect(o.count).toBe(after.results.length);
							expect(o.disabled).toBe(o.count === 0);
						}
					}
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it('read "mid" as junior-or-mid once junior is ticked, not junior-and-mid', async () => {
		const { countSearches, facetOptions, pagefindFilters } = await import('../../../src/lib/search-state.ts');
		const L = (level: string[]): Page => ({ type: ['Question'], competency: ['a'], level, format: [] });
		const search = model([L(['junior']), L(['junior', 'mid']), L(['mid']), L(['mid']), L(['senior'])]);
		const filters = { ...emptyFilters(), level: ['junior'] };
		const now = search(pagefindFilters(filters));
		expect(now.counts['level']!['mid']).toBe(1); // Pagefind's own count: junior and mid
		const [extra] = countSearches(filters);
		expect(extra).toEqual({ facet: 'level', filters: { level: { none: ['junior'] } } });
		const options = facetOptions(filters, now.results.length, now.counts, {
			level: search(extra!.filters).counts['level']!,
		});
		expect(options.level).toEqual([
			{ value: 'junior', checked: true, count: 2, disabled: false },
			{ value: 'mid', checked: false, count: 4, disabled: false },
			{ value: 'senior', checked: false, count: 3, disabled: false },
		]);
	});

	it('disable options that would give nothing, and keep a ticked value the index does not know', async () => {
		const { facetOptions } = await import('../../../src/lib/search-state.ts');
		const options = facetOptions({ ...emptyFilters(), format: ['Quiz'] }, 0, { format: { Coding: 0 } }, { format: {} });
		expect(options.format).toEqual([
			{ value: 'Coding', checked: false, count: 0, disabled: true },
			{ value: 'Quiz', checked: true, count: 0, disabled: false },
		]);
		// Counts may lack a facet or a value altogether: they read as zero.
		const sparse = facetOptions({ ...emptyFilters(), level: ['staff'] }, 2, { type: { Guide: 2 } }, {});
		expect(sparse.level).toEqual([{ value: 'staff', checked: true, count: 0, disabled: false }]);
		const unticked = facetOptions({ ...emptyFilters(), level: ['staff'] }, 2, { level: { mid: 1, staff: 2 } }, {});
		expect(unticked.level[0]).toEqual({ value: 'mid', checked: false, count: 2, disabled: false });
	});
});

describe('old links that name competencies by title', () => {
	it('are read as ids; ids and unknown values pass through, each once', async () => {
		const { idsForTitles } = await import('../../../src/lib/search-state.ts');
		const titles = { concurrency: 'Concurrency and parallelism', testing: 'Testing' };
		expect(idsForTitles(['Concurrency and parallelism', 'testing', 'TESTING', 'nope', 'concurrency'], titles)).toEqual([
			'concurrency',
			'testing',
			'nope',
		]);
		expect(idsForTitles(['constructor', 'toString'], titles)).toEqual(['constructor', 'toString']);
	});
});
