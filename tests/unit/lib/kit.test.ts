import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	covers,
	CUSTOM_STAGE,
	eligible,
	kitBudget,
	kitSummary,
	proposeKit,
	questionWarnings,
	stageInput,
	stageMinutes,
	swapOptions,
	totalMinutes,
	type KitQuestion,
	type KitScorecard,
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

describe('proposeKit: filling the stage', () => {
	const two: KitStageInput = {
		level: 'mid',
		minutes: 50, // budget 45
		focus: [
			{ competency: 'b', weight: 30 },
			{ competency: 'a', weight: 70 },
		],
	};
	it('lists coverage heaviest competency first, ties in alphabetical order', () => {
		const p = proposeKit([q('qa', ['a'], 10), q('qb', ['b'], 10)], two);
		expect(p.coverage).toEqual([
			{ competency: 'a', questions: ['qa'] },
			{ competency: 'b', questions: ['qb'] },
		]);
		const tied = proposeKit([q('qa', ['a'], 10), q('qb', ['b'], 10)], {
			...two,
			focus: [
				{ competency: 'b', weight: 50 },
				{ competency: 'a', weight: 50 },
			],
		});
		expect(tied.coverage.map((c) => c.competency)).toEqual(['a', 'b']);
	});
	it('uses spare time to the minute: a question that exactly fills the budget goes in', () => {
		const p = proposeKit([q('qa', ['a'], 20), q('qb', ['b'], 10), q('more-a', ['a'], 15)], two);
		// The shortest cover is qb + more-a (25 minutes); qa (20) then fills the 45 exactly.
		expect(p).toMatchObject({ budget: 45, questions: ['qb', 'more-a', 'qa'], used: 45 });
	});
	it('gives spare time to the competency with the most weight per question so far', () => {
		const bank = ['a1', 'a2', 'a3', 'b1', 'b2'].map((id) => q(id, [id[0]!], 5));
		const fill = (a: number, b: number) =>
			proposeKit(bank, {
				level: 'mid',
				minutes: 23, // budget 20: four questions
				focus: [
					{ competency: 'a', weight: a },
					{ competency: 'b', weight: b },
				],
			}).questions;
		// After a1 and b1, a has 70 / 2 = 35 per question against b's 15: a2; then 23.3 against 15: a3.
		expect(fill(70, 30)).toEqual(['a1', 'b1', 'a2', 'a3']);
		// 55 / 45: a 27.5 against b 22.5 → a2; then a 18.3 against b 22.5 → b2.
		expect(fill(55, 45)).toEqual(['a1', 'b1', 'a2', 'b2']);
		// 60 / 40: a 30 against 20 → a2; then 20 against 20, a tie, alphabetical → a3.
		expect(fill(60, 40)).toEqual(['a1', 'b1', 'a2', 'a3']);
	});
	it('says a competency is left out for time when its shortest question is exactly as long as the budget', () => {
		const p = proposeKit([q('qa', ['a'], 45), q('qb', ['b'], 45)], two);
		expect(p.questions).toEqual(['qa']);
		expect(p.uncovered).toEqual([
			{
				competency: 'b',
				reason:
					'Its shortest question takes 45 minutes and only 0 of 45 remain after the heavier competencies; give the stage more time or swap a question.',
			},
		]);
		expect(proposeKit([q('qa', ['a'], 45), q('qb', ['b'], 46)], two).uncovered).toEqual([
			{
				competency: 'b',
				reason: 'Its shortest mid-level question takes 46 minutes; the stage leaves 45 for questions.',
			},
		]);
		// The shortest of several questions is the one named.
		const longer = [q('qa', ['a'], 45), q('qb-long', ['b'], 60), q('qb', ['b'], 50)];
		expect(proposeKit(longer, two).uncovered[0]?.reason).toBe(
			'Its shortest mid-level question takes 50 minutes; the stage leaves 45 for questions.',
		);
	});
	it('covers the most competencies, then in the fewest minutes, when the weights tie', () => {
		const three: KitStageInput = {
			level: 'mid',
			minutes: 40, // budget 36
			focus: [
				{ competency: 'a', weight: 40 },
				{ competency: 'b', weight: 30 },
				{ competency: 'c', weight: 30 },
			],
		};
		// Either "ab" or "ac" fits with nothing else: same weight, same count; the shorter one wins.
		const kit = (ab: number, ac: number) =>
			proposeKit([q('ab', ['a', 'b'], ab), q('ac', ['a', 'c'], ac), q('bc', ['b', 'c'], 36)], three);
		expect(kit(30, 25)).toMatchObject({ questions: ['ac'], used: 25 });
		expect(kit(25, 30)).toMatchObject({ questions: ['ab'], used: 25 });
	});
	it('covers the heaviest competency even when a lighter one is quicker, or two lighter ones together', () => {
		const stage: KitStageInput = {
			level: 'mid',
			minutes: 34, // budget 30
			focus: [
				{ competency: 'a', weight: 60 },
				{ competency: 'b', weight: 20 },
				{ competency: 'c', weight: 20 },
			],
		};
		expect(proposeKit([q('qa', ['a'], 30), q('qb', ['b'], 10)], stage).questions).toEqual(['qa']);
		expect(proposeKit([q('qa', ['a'], 30), q('qbc', ['b', 'c'], 10)], stage).questions).toEqual(['qa']);
	});
	it('covers more competencies of the same total weight, whatever their order', () => {
		// a weighs 20 and b, c, d, e 10 each: {b, c, d} and {a, e} both weigh 30; three beat two.
		const stage: KitStageInput = {
			level: 'mid',
			minutes: 12, // budget 10: one question
			focus: [
				{ competency: 'a', weight: 20 },
				...['b', 'c', 'd', 'e'].map((competency) => ({ competency, weight: 10 })),
			],
		};
		const bank = [q('bcd', ['b', 'c', 'd'], 10), q('ae', ['a', 'e'], 10)];
		expect(proposeKit(bank, stage).questions).toEqual(['bcd']);
	});
	it('covers in the fewest minutes, even when fewer questions would take longer', () => {
		const stage: KitStageInput = {
			level: 'mid',
			minutes: 17, // budget 15
			focus: [
				{ competency: 'a', weight: 50 },
				{ competency: 'b', weight: 50 },
			],
		};
		// qa + qb take 15 minutes; qab alone takes 12: the shorter kit wins.
		expect(proposeKit([q('qa', ['a'], 5), q('qb', ['b'], 10), q('qab', ['a', 'b'], 12)], stage).questions).toEqual([
			'qab',
		]);
		// qa + qb take 10 minutes; qab alone takes 15: two questions win over one that is longer.
		expect(proposeKit([q('qa', ['a'], 5), q('qb', ['b'], 5), q('qab', ['a', 'b'], 15)], stage).questions).toEqual([
			'qa',
			'qb',
		]);
	});
	it('prefers fewer questions when they take the same minutes', () => {
		const stage: KitStageInput = {
			level: 'mid',
			minutes: 23, // budget 20
			focus: [
				{ competency: 'a', weight: 50 },
				{ competency: 'b', weight: 50 },
			],
		};
		const bank = [q('qa', ['a'], 10), q('qb', ['b'], 10), q('qab', ['a', 'b'], 20)];
		expect(proposeKit(bank, stage)).toMatchObject({ questions: ['qab'], used: 20 });
	});
	it('covers more than twelve focus competencies, the lightest beyond the exact search', () => {
		const ids = Array.from({ length: 14 }, (_, i) => `k${String(i).padStart(2, '0')}`);
		const stage: KitStageInput = {
			level: 'mid',
			minutes: 200,
			focus: ids.map((c, i) => ({ competency: c, weight: 20 - i })),
		};
		const p = proposeKit(
			ids.map((c) => q(`q-${c}`, [c], 5)),
			stage,
		);
		expect(p.uncovered).toEqual([]);
		expect(p.questions).toHaveLength(14);
		expect(p.questions.slice(-2)).toEqual(['q-k12', 'q-k13']);
	});
});

describe('kit helpers', () => {
	it('offers only active questions at the level, shortest first, ties by id', () => {
		const bank = [
			q('b', ['x'], 10),
			q('a', ['x'], 10),
			q('c', ['x'], 5),
			q('old', ['x'], 1, { status: 'retired' }),
			q('senior', ['x'], 1, { levels: ['senior'] }),
		];
		expect(eligible(bank, 'mid').map((x) => x.id)).toEqual(['c', 'a', 'b']);
	});
	it('adds up the minutes of the chosen questions, counting unknown ids as nothing', () => {
		const bank = [q('a', ['x'], 10), q('b', ['x'], 15)];
		expect(
			totalMinutes(
				[
					{ id: 'a', variation: 0 },
					{ id: 'b', variation: 2 },
					{ id: 'gone', variation: 0 },
				],
				bank,
			),
		).toBe(25);
		expect(totalMinutes([], bank)).toBe(0);
	});
	it('offers swaps on the question’s own first competency when no focus competency covers it', () => {
		const bank = [q('x1', ['x', 'y'], 10), q('x2', ['x'], 10), q('y1', ['y'], 10)];
		const stage: KitStageInput = { level: 'mid', minutes: 60, focus: [{ competency: 'z', weight: 100 }] };
		expect(swapOptions(bank, [{ id: 'x1', variation: 0 }], 'x1', stage).map((x) => x.id)).toEqual(['x2']);
		expect(swapOptions(bank, [], 'missing', stage)).toEqual([]);
		// The focus competency it covers decides: y, not its first competency x.
		const onY = { ...stage, focus: [{ competency: 'y', weight: 100 }] };
		expect(swapOptions(bank, [{ id: 'x1', variation: 0 }], 'x1', onY).map((x) => x.id)).toEqual(['y1']);
		// A broad focus competency counts through what it includes.
		const broad = { ...stage, focus: [{ competency: 'tech', weight: 100 }], includes: { tech: ['y'] } };
		expect(swapOptions(bank, [], 'y1', broad).map((x) => x.id)).toEqual(['x1', 'y1']);
		// A question with no competencies has nothing to swap on.
		expect(swapOptions([...bank, q('none', [], 10)], [], 'none', stage)).toEqual([]);
	});
	it('does not count a question for a competency it does not cover, with or without includes', () => {
		expect(covers(q('x', ['typing'], 10), 'testing')).toBe(false);
		expect(covers(q('x', ['typing'], 10), 'testing', { 'technical-knowledge': ['testing'] })).toBe(false);
		expect(covers(q('x', ['testing'], 10), 'testing', {})).toBe(true);
	});
});

describe('proposeKit: the scorecard’s suggested questions', () => {
	const stage: KitStageInput = {
		level: 'mid',
		minutes: 50, // budget 45
		focus: [
			{ competency: 'a', weight: 60 },
			{ competency: 'b', weight: 40 },
		],
	};
	// Two suggested questions cover a and b in 40 minutes; one question from the bank covers both in 10.
	const bank = [q('s-a', ['a'], 20), q('s-b', ['b'], 20), q('both', ['a', 'b'], 10)];
	it('wins when it covers as much as the whole bank could, even if the bank has shorter questions', () => {
		const p = proposeKit(bank, { ...stage, suggested: ['s-a', 's-b'] });
		expect(p).toMatchObject({ questions: ['s-a', 's-b'], used: 40, uncovered: [] });
	});
	it('gives way to the bank when it covers less', () => {
		// Only s-a is suggested: it covers a alone, the bank covers both.
		const p = proposeKit(bank, { ...stage, suggested: ['s-a'] });
		expect(p.questions[0]).toBe('both');
		expect(p.uncovered).toEqual([]);
		// Without suggestions the shortest cover wins, and spare time goes to the heaviest competency.
		expect(proposeKit(bank, stage)).toMatchObject({ questions: ['both', 's-a'], used: 30 });
	});
	it('gives way to the bank when it covers as many competencies, but lighter ones', () => {
		// Without "both": only s-b is suggested, and the bank's s-a covers the heavier a in the same 20 minutes.
		const p = proposeKit(bank.slice(0, 2), { ...stage, minutes: 23, suggested: ['s-b'] });
		expect(p.questions).toEqual(['s-a']);
	});
	it('gives way to the bank when it covers the same weight with fewer competencies', () => {
		// a weighs as much as b and c together; within 30 minutes the suggested question covers a,
		// while two short questions from the bank cover b and c: the kit covers more competencies.
		const tie: KitStageInput = {
			level: 'mid',
			minutes: 34, // budget 30
			focus: [
				{ competency: 'a', weight: 50 },
				{ competency: 'b', weight: 25 },
				{ competency: 'c', weight: 25 },
			],
			suggested: ['only-a'],
		};
		const p = proposeKit([q('only-a', ['a'], 30), q('only-b', ['b'], 10), q('only-c', ['c'], 10)], tie);
		expect(p.questions).toEqual(['only-b', 'only-c']);
		expect(p.coverage.map((c) => c.competency)).toEqual(['b', 'c']);
		expect(p.uncovered).toEqual([
			{
				competency: 'a',
				reason:
					'Its shortest question takes 30 minutes and only 10 of 30 remain after the heavier competencies; give the stage more time or swap a question.',
			},
		]);
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
		const byId = new Map(questions.map((x) => [x.id, x]));
		// The shortest active question at a level covering a competency, computed once per pair so
		// the property's time goes to proposeKit (the mutation run instruments every line of it).
		const shortestMemo = new Map<string, number>();
		const shortestFor = (level: string, competency: string) => {
			const key = `${level} ${competency}`;
			if (!shortestMemo.has(key))
				shortestMemo.set(
					key,
					Math.min(
						...questions
							.filter(
								(x) => x.status === 'active' && x.levels.includes(level as never) && covers(x, competency, includes),
							)
							.map((x) => x.minutes),
					),
				);
			return shortestMemo.get(key)!;
		};
		fc.assert(
			fc.property(fc.constantFrom(...runs), fc.integer({ min: 15, max: 120 }), ({ card, stage }, minutes) => {
				const focus = stage.competencies.map((c) => ({
					competency: c,
					weight: card.data.weights.find((w) => w.competency === c)!.weight,
				}));
				const input = { level: card.data.level, minutes, focus, includes, suggested: stage.questions };
				const p = proposeKit(questions, input);
				const budget = kitBudget(minutes);
				const picked = p.questions.map((id) => byId.get(id)!);
				expect(p.used).toBeLessThanOrEqual(budget);
				expect(new Set(p.questions).size).toBe(p.questions.length);
				expect(picked.every((x) => x.status === 'active' && x.levels.includes(card.data.level))).toBe(true);
				// Sufficient condition for coverage: the shortest question for each competency, summed, fits.
				const shortest = focus.map((f) => shortestFor(card.data.level, f.competency));
				if (shortest.reduce((a, b) => a + b, 0) <= budget)
					expect(p.uncovered, `${card.id} / ${stage.name} at ${minutes} min`).toEqual([]);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('stages and warnings', () => {
	const card: KitScorecard = {
		id: 'c',
		title: 'C',
		level: 'mid',
		weights: [
			{ competency: 'a', weight: 60 },
			{ competency: 'b', weight: 40 },
		],
		stages: [{ name: 'Screen', minutes: 45, competencies: ['b', 'x'], questions: ['q1'] }],
	};
	it('a custom stage covers every weighted competency in 60 minutes by default', () => {
		expect(CUSTOM_STAGE).toEqual({ name: 'Custom stage', minutes: 60 });
		expect(stageMinutes(card, 'custom')).toBe(60);
		expect(stageMinutes(card, 0)).toBe(45);
		expect(() => stageMinutes(card, 5)).toThrow('The scorecard "c" has no stage 6.');
		expect(() => stageInput(card, 1, 30)).toThrow(RangeError);
		expect(stageInput(card, 'custom', 50)).toEqual({
			name: 'Custom stage',
			level: 'mid',
			minutes: 50,
			focus: [
				{ competency: 'a', weight: 60 },
				{ competency: 'b', weight: 40 },
			],
			includes: {},
			suggested: [],
		});
	});
	it('a loop stage brings its own focus (unweighted ones at 0), name and suggested questions', () => {
		const includes = { b: ['y'] };
		expect(stageInput(card, 0, 45, includes)).toEqual({
			name: 'Screen',
			level: 'mid',
			minutes: 45,
			focus: [
				{ competency: 'b', weight: 40 },
				{ competency: 'x', weight: 0 },
			],
			includes,
			suggested: ['q1'],
		});
	});
	it('warns about a retired question and one pitched at other levels, in words', () => {
		expect(questionWarnings({ status: 'active', levels: ['mid', 'senior'] }, 'mid')).toEqual([]);
		expect(questionWarnings({ status: 'retired', levels: ['mid'] }, 'mid')).toEqual([
			'Retired from the bank: kept for reference and never proposed for a kit, because it may have leaked or aged. Swap it for another question.',
		]);
		expect(questionWarnings({ status: 'active', levels: ['junior', 'mid'] }, 'staff')).toEqual([
			"Pitched at junior, mid, not at staff, this scorecard's level: its rubric's bar is written for other levels.",
		]);
		expect(questionWarnings({ status: 'retired', levels: ['junior'] }, 'staff')).toHaveLength(2);
	});
	it('sums up the kit in one line, saying when it runs over', () => {
		expect(kitSummary(3, 50, 60)).toBe(
			'3 questions, 50 of 54 question minutes (6 kept for introductions and the candidate’s questions).',
		);
		expect(kitSummary(1, 54, 60)).toBe(
			'1 question, 54 of 54 question minutes (6 kept for introductions and the candidate’s questions).',
		);
		expect(kitSummary(0, 55, 60)).toBe(
			'0 questions, 55 of 54 question minutes (6 kept for introductions and the candidate’s questions). Over time: remove or swap a question.',
		);
	});
	it('reads includes safely for a competency named like an Object.prototype key', () => {
		const one = q('q', ['x'], 10);
		expect(covers(one, 'constructor', {})).toBe(false);
		expect(covers(one, 'toString', { toString: ['x'] })).toBe(true);
	});
});
