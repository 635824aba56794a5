import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../../src/lib/coverage.ts';

describe('coverageMatrix', () => {
	const card = {
		weights: [
			{ competency: 'testing', weight: 60 },
			{ competency: 'debugging', weight: 40 },
		],
		stages: [
			{ name: 'Screen', competencies: ['testing', 'debugging'] },
			{ name: 'Pairing', competencies: ['testing'], rates: true },
			{ name: 'References', competencies: ['debugging'], rates: false },
		],
	};
	it('marks each stage that rates or only checks a competency, and counts the rating stages', () => {
		expect(coverageMatrix(card)).toEqual([
			{ competency: 'testing', weight: 60, stages: ['rated', 'rated', null], count: 2, once: false },
			{ competency: 'debugging', weight: 40, stages: ['rated', null, 'checked'], count: 1, once: true },
		]);
	});
	it('does not count a reference check as a second look', () => {
		const [row] = coverageMatrix({
			weights: [{ competency: 'team-fit', weight: 100 }],
			stages: [
				{ name: 'Behavioural', competencies: ['team-fit'] },
				{ name: 'References', competencies: ['team-fit'], rates: false },
			],
		});
		expect(row).toMatchObject({ count: 1, once: true });
	});
	it('marks a competency covered by no stage as neither once nor covered', () => {
		const [row] = coverageMatrix({ weights: [{ competency: 'security', weight: 100 }], stages: card.stages });
		expect(row).toMatchObject({ count: 0, once: false });
	});
});
