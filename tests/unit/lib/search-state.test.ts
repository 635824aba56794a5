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
});
