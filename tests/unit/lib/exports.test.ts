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
	brief: 'Listen for the two points.',
	rubric: { '1': 'a', '2': 'b' },
	mustShow: ['m1.', 'm2'],
	depth: ['d1', 'd2'],
	depthNeeded: 1,
	levelBars: { mid: 'bar' },
	followUps: [
		{ ask: 'f1', listenFor: 'l1' },
		{ ask: 'f2', listenFor: 'l2' },
	],
	redFlags: ['r1', 'r2'],
	greenFlags: ['g'],
	variations: ['v', { prompt: 'w', rubricNote: 'n' }],
	sources: [{ title: 'S', url: 'https://docs.python.org/3/' }],
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
			brief: 'Listen for the two points.',
			rubric: {
				'1': 'a',
				'2': 'b',
				'3': 'Shows all of: m1; m2.',
				'4': 'Everything in 3, plus at least 1 of the 2 depth points: d1; d2.',
			},
			mustShow: ['m1.', 'm2'],
			depth: ['d1', 'd2'],
			depthNeeded: 1,
			ratingNote: null,
			levelBars: { mid: 'bar' },
			redFlags: ['r1', 'r2'],
			greenFlags: ['g'],
			followUps: [
				{ ask: 'f1', listenFor: 'l1' },
				{ ask: 'f2', listenFor: 'l2' },
			],
			variations: [
				{ prompt: 'v', rubricNote: null },
				{ prompt: 'w', rubricNote: 'n' },
			],
			terms: [],
			related: [],
			sources: [{ title: 'S', url: 'https://docs.python.org/3/' }],
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
			outcomes: ['o1', 'o2', 'o3'],
			stack: [
				{ area: 'Python', entry: 'CPython 3.13', status: 'day one' },
				{ area: 'web', entry: 'Django 5.2', status: 'learnable' },
				{ area: 'cloud', entry: 'Kubernetes', status: 'bonus' },
			],
			scale: '400 requests a second',
			barRaiser: { rating: 4, count: 1, among: 'must-haves' },
			weights: [
				{ competency: 'a', weight: 70, mustHave: true, minRating: 3 },
				{ competency: 'b', weight: 30 },
			],
			thresholds: { pass: 3, hold: 2.5 },
			minCoverage: 0.7,
			stages: [
				{ name: 'Screen', minutes: 60, purpose: 'P', competencies: ['a', 'b'] },
				{ name: 'References', minutes: 30, purpose: 'Calls', competencies: ['b'], rates: false },
			],
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
			rates: true,
			exercise: null,
			liveAlternative: null,
			fee: null,
		});
		expect(out.stages[1]?.rates).toBe(false);
		expect(out.thresholds).toEqual({ pass: 3, hold: 2.5 });
		expect(out.outcomes).toEqual(['o1', 'o2', 'o3']);
		expect(out.stack[2]).toEqual({ area: 'cloud', entry: 'Kubernetes', status: 'bonus' });
		expect(out.barRaiser).toEqual({ rating: 4, count: 1, among: 'must-haves' });
		expect(out.decisionRule).toContain('Pass at a composite of 3.00 or above, with at least one 4 on a must-have');
	});
});
