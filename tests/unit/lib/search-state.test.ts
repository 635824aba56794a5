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
