import { describe, expect, it } from 'vitest';
import { coverageByLevel, overdueForReview, singleStageCompetencies } from '../../../src/lib/maintenance.ts';

const q = (id: string, competencies: string[], levels: string[], reviewed: string, status = 'active') => ({
	id,
	title: id,
	competencies,
	levels,
	status,
	reviewed: new Date(reviewed),
});
const bank = [
	q('a', ['testing'], ['mid', 'senior'], '2026-10-01'),
	q('b', ['testing', 'debugging'], ['mid'], '2025-10-01'),
	q('c', ['debugging'], ['senior'], '2025-12-01', 'retired'),
];

describe('maintenance views', () => {
	it('counts active questions per competency and level, retired ones excluded', () => {
		expect(coverageByLevel(bank, ['testing', 'debugging'], ['junior', 'mid', 'senior'])).toEqual([
			{ competency: 'testing', counts: [0, 2, 1] },
			{ competency: 'debugging', counts: [0, 1, 0] },
		]);
	});
	it('lists active questions last reviewed more than twelve months ago, oldest first', () => {
		expect(overdueForReview(bank, new Date('2026-11-22')).map((x) => x.id)).toEqual(['b']);
		expect(overdueForReview(bank, new Date('2026-09-30'))).toEqual([]);
	});
	it('names scorecards that rest a competency on one stage', () => {
		const card = {
			id: 's',
			title: 'S',
			weights: [
				{ competency: 'testing', weight: 60 },
				{ competency: 'debugging', weight: 40 },
			],
			stages: [
				{ name: 'A', competencies: ['testing', 'debugging'] },
				{ name: 'B', competencies: ['testing'] },
			],
		};
		expect(singleStageCompetencies([card])).toEqual([{ id: 's', title: 'S', competencies: ['debugging'] }]);
	});
	it('lists overdue questions oldest first, counting a question reviewed exactly twelve months ago as not yet due', () => {
		const questions = [
			q('newer', ['testing'], ['mid'], '2025-06-01'),
			q('oldest', ['testing'], ['mid'], '2024-01-01'),
			q('edge', ['testing'], ['mid'], '2025-11-22'),
			q('old-but-retired', ['testing'], ['mid'], '2020-01-01', 'retired'),
			q('middle', ['testing'], ['mid'], '2025-01-01'),
		];
		expect(overdueForReview(questions, new Date('2026-11-22')).map((x) => x.id)).toEqual(['oldest', 'middle', 'newer']);
	});
	it('leaves out scorecards that rest nothing on a single stage', () => {
		const card = {
			id: 's',
			title: 'S',
			weights: [{ competency: 'testing', weight: 100 }],
			stages: [
				{ name: 'A', competencies: ['testing'] },
				{ name: 'B', competencies: ['testing'] },
			],
		};
		expect(singleStageCompetencies([card])).toEqual([]);
	});
});
