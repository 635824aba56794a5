import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	matchesFilter,
	NO_FILTER,
	parseQuestionFilter,
	questionFilterSearch,
} from '../../../src/lib/question-filter.ts';

const q = {
	competencies: ['concurrency', 'performance'],
	levels: ['mid', 'senior'],
	format: 'conceptual',
	minutes: 15,
};

describe('question bank filters', () => {
	it('match on any listed competency and level, the format, and a minutes ceiling', () => {
		expect(matchesFilter(q, NO_FILTER)).toBe(true);
		expect(matchesFilter(q, { ...NO_FILTER, competency: 'performance', level: 'senior', maxMinutes: 15 })).toBe(true);
		expect(matchesFilter(q, { ...NO_FILTER, maxMinutes: 14 })).toBe(false);
		expect(matchesFilter(q, { ...NO_FILTER, format: 'coding' })).toBe(false);
		expect(matchesFilter(q, { ...NO_FILTER, level: 'junior' })).toBe(false);
	});
	it('read and write the URL, ignoring malformed values', () => {
		expect(questionFilterSearch({ competency: 'concurrency', level: 'senior', format: '', maxMinutes: 20 })).toBe(
			'?competency=concurrency&level=senior&maxMinutes=20',
		);
		expect(parseQuestionFilter('?competency=concurrency&level=senior&maxMinutes=20')).toEqual({
			competency: 'concurrency',
			level: 'senior',
			format: '',
			maxMinutes: 20,
		});
		expect(parseQuestionFilter('?competency=<b>&maxMinutes=-3')).toEqual(NO_FILTER);
	});
	it('matches at the minutes ceiling and on the format exactly', () => {
		expect(matchesFilter(q, { ...NO_FILTER, maxMinutes: 15 })).toBe(true);
		expect(matchesFilter(q, { ...NO_FILTER, maxMinutes: 16 })).toBe(true);
		expect(matchesFilter(q, { ...NO_FILTER, format: 'conceptual' })).toBe(true);
		expect(matchesFilter(q, { ...NO_FILTER, competency: 'testing' })).toBe(false);
		expect(matchesFilter(q, { ...NO_FILTER, level: 'mid', competency: 'concurrency', format: 'conceptual' })).toBe(
			true,
		);
	});
	it('writes no query at all for no filter, and the format when set', () => {
		expect(questionFilterSearch(NO_FILTER)).toBe('');
		expect(questionFilterSearch({ ...NO_FILTER, format: 'live-coding' })).toBe('?format=live-coding');
		expect(parseQuestionFilter('?format=live-coding&maxMinutes=600')).toEqual({
			...NO_FILTER,
			format: 'live-coding',
			maxMinutes: 600,
		});
	});
});

// ---- near-valid filters: a valid filter's URL with one parameter corrupted ------------------------

const idArb = fc.constantFrom('', 'concurrency', 'testing', 'web-apis', 'python-3');
const filterArb = fc.record({
	competency: idArb,
	level: fc.constantFrom('', 'junior', 'mid', 'senior', 'staff'),
	format: fc.constantFrom('', 'coding', 'live-coding', 'conceptual'),
	maxMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600 })),
});
type Key = keyof typeof NO_FILTER;
// The rules: competency, level and format are ids (lower-case words joined by hyphens);
// maxMinutes is a whole number from 1 to 600. Anything else is ignored: that filter is off.
const DAMAGES: { key: Key; text: string; kept: string | number | null }[] = [
	{ key: 'competency', text: 'web-apis', kept: 'web-apis' },
	{ key: 'competency', text: 'a1-b2', kept: 'a1-b2' },
	{ key: 'competency', text: 'Web-APIs', kept: null },
	{ key: 'competency', text: 'web apis', kept: null },
	{ key: 'competency', text: 'web--apis', kept: null },
	{ key: 'level', text: 'staff', kept: 'staff' },
	{ key: 'level', text: '<b>senior</b>', kept: null },
	{ key: 'level', text: 'senior-', kept: null },
	{ key: 'format', text: 'take-home', kept: 'take-home' },
	{ key: 'format', text: 'take_home', kept: null },
	{ key: 'maxMinutes', text: '1', kept: 1 },
	{ key: 'maxMinutes', text: '600', kept: 600 },
	{ key: 'maxMinutes', text: '45', kept: 45 },
	{ key: 'maxMinutes', text: '601', kept: null },
	{ key: 'maxMinutes', text: '-3', kept: null },
	{ key: 'maxMinutes', text: '7.5', kept: null },
	{ key: 'maxMinutes', text: 'twenty', kept: null },
];

describe('question filters: one parameter corrupted at a time (1,000 runs)', () => {
	it('keeps a good value, turns that filter off for a bad one, and leaves the other filters alone', () => {
		let accepted = 0;
		fc.assert(
			fc.property(filterArb, fc.constantFrom(...DAMAGES), (f, { key, text, kept }) => {
				const search = questionFilterSearch(f);
				expect(parseQuestionFilter(search)).toEqual(f);
				const params = new URLSearchParams(search);
				params.set(key, text);
				expect(parseQuestionFilter(`?${params}`)).toEqual({ ...f, [key]: kept ?? NO_FILTER[key] });
				if (kept !== null) accepted += 1;
			}),
			{ numRuns: 1000 },
		);
		console.log(`question filter: accepted ${(accepted / 10).toFixed(1)}% of near-valid cases`);
		expect(accepted).toBeGreaterThan(0);
		expect(accepted).toBeLessThan(1000);
	});
});
