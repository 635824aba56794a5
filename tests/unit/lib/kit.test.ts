import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	covers,
	kitBudget,
	proposeKit,
	swapOptions,
	type KitQuestion,
	type KitStageInput,
} from '../../../src/lib/kit.ts';
import { loadEntries } from '../../support/content.ts';

const q = (id: string, competencies: string[], minutes: number, extra: Partial<KitQuestion> = {}): KitQuestion => ({
	id,
	title: id,
	competencies,
	levels: ['mid'],
	minutes,
	status: 'active',
	variations: ['v'],
	...extra,
});

describe('proposeKit: hand-checked cases', () => {
	const bank = [
		q('long-a', ['a'], 30),
		q('short-a', ['a'], 10),
		q('ab', ['a', 'b'], 15),
		q('c', ['c'], 20),
		q('retired-c', ['c'], 5, { status: 'retired' }),
		q('senior-b', ['b'], 5, { levels: ['senior'] }),
	];
	const stage: KitStageInput = {
		level: 'mid',
		minutes: 60,
		focus: [
			{ competency: 'a', weight: 50 },
			{ competency: 'b', weight: 30 },
			{ competency: 'c', weight: 20 },
		],
	};

	it('keeps 10% of the stage for the interviewer', () => {
		expect(kitBudget(60)).toBe(54);
		expect(kitBudget(15)).toBe(13);
	});
	it('covers every focus competency with the shortest set, then fills spare time toward the heaviest', () => {
		const p = proposeKit(bank, stage);
		expect(p.questions.slice(0, 2).sort()).toEqual(['ab', 'c']);
		expect(p.used).toBeLessThanOrEqual(54);
		expect(p.uncovered).toEqual([]);
		expect(p.questions).not.toContain('retired-c');
		expect(p.questions).not.toContain('senior-b');
	});
	it('leaves out the lightest competency when time is short, and says why', () => {
		const p = proposeKit(bank, { ...stage, minutes: 20 }); // budget 18: "ab" (15) fits, "c" (20) does not
		expect(p.questions).toEqual(['ab']);
		expect(p.uncovered).toEqual([
			{
				competency: 'c',
				reason: 'Its shortest mid-level question takes 20 minutes; the stage leaves 18 for questions.',
			},
		]);
	});
	it('says when the bank has nothing for a competency at the level', () => {
		const p = proposeKit(bank, { ...stage, focus: [{ competency: 'd', weight: 100 }] });
		expect(p.uncovered).toEqual([{ competency: 'd', reason: 'The bank has no active mid-level question on it.' }]);
		expect(p.questions).toEqual([]);
	});
	it('counts a narrow question as evidence for a broad competency that includes it', () => {
		expect(
			covers(q('x', ['typing'], 10), 'technical-knowledge', { 'technical-knowledge': ['typing', 'testing'] }),
		).toBe(true);
	});
	it('offers swaps on the same competency at the same level, never one already in the kit', () => {
		expect(
			swapOptions(
				bank,
				[
					{ id: 'ab', variation: 0 },
					{ id: 'c', variation: 0 },
				],
				'ab',
				stage,
			).map((x) => x.id),
		).toEqual(['short-a', 'long-a']);
	});
	it('is deterministic: the same inputs give the same kit', () => {
		expect(proposeKit([...bank].reverse(), stage)).toEqual(proposeKit(bank, stage));
	});
	it('uses the scorecard’s suggested questions when they cover as much as the bank could', () => {
		// "long-a" and "c" (50 minutes) cover a and c only; "ab" + "c" would cover all three.
		const partial = proposeKit(bank, { ...stage, suggested: ['long-a', 'c'] });
		expect(partial.questions.slice(0, 2).sort()).toEqual(['ab', 'c']);
		expect(partial.uncovered).toEqual([]);
		// "long-a" + "ab" + "c" cover everything in 65 minutes: too long for 54, so not chosen alone;
		// with 80 minutes (budget 72) they fit, and the suggestions win over shorter questions.
		const roomy = proposeKit(bank, { ...stage, minutes: 80, suggested: ['long-a', 'ab', 'c'] });
		expect(roomy.questions.slice(0, 2).sort()).toEqual(['ab', 'c']);
		expect(roomy.questions).toContain('long-a');
		expect(roomy.questions).not.toContain('short-a');
	});
	it('fills spare time from the suggested questions before the rest of the bank', () => {
		const p = proposeKit(bank, { ...stage, suggested: ['ab', 'c', 'long-a'] });
		expect(p.questions).toEqual(['ab', 'c', 'short-a']); // long-a (30) no longer fits in 54 - 35
		const q2 = proposeKit(bank, { ...stage, minutes: 80, suggested: ['ab', 'c', 'long-a'] });
		expect(q2.questions.slice(2)).toEqual(['long-a']);
	});
});

/** Brute force: can some set of eligible questions cover every focus competency within the budget? */
function coverable(bank: KitQuestion[], stage: KitStageInput): boolean {
	const pool = bank.filter((x) => x.status === 'active' && x.levels.includes(stage.level));
	const budget = kitBudget(stage.minutes);
	for (let mask = 0; mask < 1 << pool.length; mask++) {
		const set = pool.filter((_, i) => mask & (1 << i));
		if (set.reduce((s, x) => s + x.minutes, 0) > budget) continue;
		if (stage.focus.every((f) => set.some((x) => covers(x, f.competency, stage.includes)))) return true;
	}
	return false;
}

const comps = ['a', 'b', 'c', 'd', 'e'];
const bankArb = fc
	.array(
		fc.record({
			competencies: fc.subarray(comps, { minLength: 1, maxLength: 3 }),
			minutes: fc.integer({ min: 5, max: 40 }),
			status: fc.constantFrom('active', 'active', 'active', 'retired'),
			levels: fc.subarray(['junior', 'mid', 'senior'], { minLength: 1 }),
		}),
		{ maxLength: 11 },
	)
	.map((qs) => qs.map((x, i) => q(`q${i}`, x.competencies, x.minutes, { status: x.status, levels: x.levels })));
const stageArb = fc.record({
	level: fc.constantFrom('junior', 'mid', 'senior'),
	minutes: fc.integer({ min: 15, max: 120 }),
	focus: fc.uniqueArray(fc.record({ competency: fc.constantFrom(...comps), weight: fc.integer({ min: 1, max: 50 }) }), {
		minLength: 1,
		maxLength: 4,
		selector: (f) => f.competency,
	}),
	suggested: fc.subarray(Array.from({ length: 11 }, (_, i) => `q${i}`)),
});

describe('proposeKit: properties (1,000 runs each)', () => {
	it('never exceeds 90% of the minutes, never repeats, never proposes a retired or off-level question', () => {
		fc.assert(
			fc.property(bankArb, stageArb, (bank, stage) => {
				const p = proposeKit(bank, stage);
				const picked = p.questions.map((id) => bank.find((x) => x.id === id)!);
				return (
					p.used <= Math.floor(stage.minutes * 0.9) &&
					new Set(p.questions).size === p.questions.length &&
					picked.every((x) => x.status === 'active' && x.levels.includes(stage.level)) &&
					p.used === picked.reduce((s, x) => s + x.minutes, 0)
				);
			}),
			{ numRuns: 1000 },
		);
	});
	it('covers every focus competency whenever the bank allows it within the budget (checked by brute force)', () => {
		fc.assert(
			fc.property(bankArb, stageArb, (bank, stage) => {
				const p = proposeKit(bank, stage);
				return coverable(bank, stage) ? p.uncovered.length === 0 : p.uncovered.length > 0;
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('proposeKit on the handbook’s own scorecards', () => {
	// Loaded inside the tests, so content that does not parse fails these two tests, not the
	// hand-checked cases and properties above.
	const handbook = () => {
		const questions = loadEntries('questions').map((e) => ({
			id: e.id,
			title: e.data.title,
			competencies: e.data.competencies,
			levels: e.data.levels,
			minutes: e.data.minutes,
			status: e.data.status,
			variations: e.data.variations,
		}));
		const includes = Object.fromEntries(loadEntries('competencies').map((c) => [c.id, c.data.includes]));
		return { questions, includes, cards: loadEntries('scorecards') };
	};
	it('has scorecards to test', () => expect(handbook().cards.length).toBeGreaterThan(0));
	it('for every stage and random budgets from 15 to 120 minutes: within budget, no repeats, nothing retired, full coverage when it fits', () => {
		const { questions, includes, cards } = handbook();
		const runs = cards.flatMap((card) => card.data.stages.map((stage) => ({ card, stage })));
		fc.assert(
			fc.property(fc.constantFrom(...runs), fc.integer({ min: 15, max: 120 }), ({ card, stage }, minutes) => {
				const focus = stage.competencies.map((c) => ({
					competency: c,
					weight: card.data.weights.find((w) => w.competency === c)!.weight,
				}));
				const input = { level: card.data.level, minutes, focus, includes, suggested: stage.questions };
				const p = proposeKit(questions, input);
				const budget = kitBudget(minutes);
				const picked = p.questions.map((id) => questions.find((x) => x.id === id)!);
				expect(p.used).toBeLessThanOrEqual(budget);
				expect(new Set(p.questions).size).toBe(p.questions.length);
				expect(picked.every((x) => x.status === 'active' && x.levels.includes(card.data.level))).toBe(true);
				// Sufficient condition for coverage: the shortest question for each competency, summed, fits.
				const shortest = focus.map((f) =>
					Math.min(
						...questions
							.filter(
								(x) => x.status === 'active' && x.levels.includes(card.data.level) && covers(x, f.competency, includes),
							)
							.map((x) => x.minutes),
					),
				);
				if (shortest.reduce((a, b) => a + b, 0) <= budget)
					expect(p.uncovered, `${card.id} / ${stage.name} at ${minutes} min`).toEqual([]);
			}),
			{ numRuns: 1000 },
		);
	});
});
