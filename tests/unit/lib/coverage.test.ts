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
			{ name: 'Pairing', competencies: ['testing'] },
		],
	};
	it('marks each stage that covers a competency and counts them', () => {
		expect(coverageMatrix(card)).toEqual([
			{ competency: 'testing', weight: 60, stages: [true, true], count: 2, once: false },
			{ competency: 'debugging', weight: 40, stages: [true, false], count: 1, once: true },
		]);
	});
	it('marks a competency covered by no stage as neither once nor covered', () => {
		const [row] = coverageMatrix({ weights: [{ competency: 'security', weight: 100 }], stages: card.stages });
		expect(row).toMatchObject({ count: 0, once: false });
	});
});
