import { describe, expect, it } from 'vitest';
import { questionExport, scorecardExport } from '../../../src/lib/exports.ts';
import { questionSchema } from '../../../src/schemas/question.ts';
import { scorecardSchema } from '../../../src/schemas/scorecard.ts';

const question = questionSchema.parse({
	title: 'T',
	prompt: 'P',
	competencies: ['testing'],
	levels: ['mid'],
	format: 'coding',
	minutes: 10,
	rubric: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
	followUps: ['f1', 'f2'],
	redFlags: ['r1', 'r2'],
	greenFlags: ['g'],
	variations: ['v'],
	reviewed: '2026-11-01',
});

describe('questionExport', () => {
	it('carries every field the export promises, with defaults filled and runnable blocks counted', () => {
		const body = '```python runnable\nassert True\n```\n\n```python\nx = 1\n```\n';
		expect(questionExport('t', question, body, 'http://x/questions/t/')).toEqual({
			id: 't',
			title: 'T',
			url: 'http://x/questions/t/',
			prompt: 'P',
			competencies: ['testing'],
			levels: ['mid'],
			format: 'coding',
			minutes: 10,
			status: 'active',
			rubric: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
			redFlags: ['r1', 'r2'],
			greenFlags: ['g'],
			followUps: ['f1', 'f2'],
			variations: ['v'],
			related: [],
			reviewed: '2026-11-01',
			fairness: null,
			runnable: 1,
		});
	});
});

describe('scorecardExport', () => {
	it('flattens weights with explicit must-have and minimum rating', () => {
		const card = scorecardSchema.parse({
			title: 'T',
			role: 'R',
			level: 'mid',
			summary: 'S',
			rationale: 'Why',
			weights: [
				{ competency: 'a', weight: 70, mustHave: true, minRating: 3 },
				{ competency: 'b', weight: 30 },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.7,
			stages: [{ name: 'Screen', minutes: 60, purpose: 'P', competencies: ['a', 'b'] }],
			redFlags: ['x', 'y'],
		});
		const out = scorecardExport('t', card, 'u');
		expect(out.weights).toEqual([
			{ competency: 'a', weight: 70, mustHave: true, minRating: 3 },
			{ competency: 'b', weight: 30, mustHave: false, minRating: null },
		]);
		expect(out.stages[0]).toEqual({
			name: 'Screen',
			minutes: 60,
			purpose: 'P',
			competencies: ['a', 'b'],
			questions: [],
		});
		expect(out.thresholds).toEqual({ pass: 3, hold: 2.5 });
	});
});
