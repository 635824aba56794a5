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
	it('never throws and always yields a usable filter (1,000 runs)', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const f = parseQuestionFilter(s);
				return parseQuestionFilter(questionFilterSearch(f)).maxMinutes === f.maxMinutes;
			}),
			{ numRuns: 1000 },
		);
	});
});
