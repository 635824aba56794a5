import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch, type KitLink } from '../../../src/lib/kit-url.ts';

describe('kit links', () => {
	it('writes a readable link and reads it back', () => {
		const link: KitLink = {
			scorecard: 'general-python-developer',
			stage: 1,
			minutes: 60,
			items: [
				{ id: 'lru-cache', variation: 0 },
				{ id: 'find-duplicates', variation: 2 },
			],
		};
		const search = toSearch(link);
		expect(search).toBe('?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache,find-duplicates~2');
		expect(parseSearch(search)).toEqual({ link, problems: [] });
	});
	it('keeps what it can from a damaged link and says what it dropped', () => {
		const { link, problems } = parseSearch('?scorecard=x&stage=two&minutes=9999&q=lru-cache,<script>,lru-cache');
		expect(link).toEqual({ scorecard: 'x', items: [{ id: 'lru-cache', variation: 0 }] });
		expect(problems).toHaveLength(4);
		expect(problems[0]).toContain('not a stage number');
	});
	it('never throws on any query string, and what it keeps is well formed (1,000 runs)', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const { link } = parseSearch(s);
				return (link.items ?? []).every((i) => /^[a-z0-9-]+$/.test(i.id) && Number.isInteger(i.variation));
			}),
			{ numRuns: 1000 },
		);
	});
});
