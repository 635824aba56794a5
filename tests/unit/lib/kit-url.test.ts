import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KitItem, KitQuestion, KitScorecard } from '../../../src/lib/kit.ts';
import {
	clip,
	MAX_ITEMS,
	MAX_MINUTES,
	MIN_MINUTES,
	parseSearch,
	resolveKitLink,
	toSearch,
	type KitLink,
} from '../../../src/lib/kit-url.ts';

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
	it('leaves the question list out until the interviewer edits it, and keeps an emptied list', () => {
		const link: KitLink = { scorecard: 'general', stage: 'custom', minutes: 45, items: null };
		expect(toSearch(link)).toBe('?scorecard=general&stage=custom&minutes=45');
		expect(parseSearch(toSearch(link))).toEqual({ link, problems: [] });
		expect(toSearch({ ...link, items: [] })).toBe('?scorecard=general&stage=custom&minutes=45&q=');
		expect(parseSearch('?q=')).toEqual({ link: { items: [] }, problems: [] });
		expect(parseSearch('')).toEqual({ link: { items: null }, problems: [] });
	});
	it('keeps what it can from a damaged link and says what it dropped', () => {
		const { link, problems } = parseSearch('?scorecard=x&stage=two&minutes=9999&q=lru-cache,<script>,lru-cache');
		expect(link).toEqual({ scorecard: 'x', items: [{ id: 'lru-cache', variation: 0 }] });
		expect(problems).toEqual([
			'The link’s stage "two" is not a stage number; the first stage is shown.',
			'The link’s minutes "9999" are not a whole number from 5 to 240; the stage’s own length is used.',
			'Dropped "<script>" from the link: it is not a question id, or it is repeated.',
			'Dropped "lru-cache" from the link: it is not a question id, or it is repeated.',
		]);
		expect(parseSearch('?scorecard=General%20Python').problems).toEqual([
			'The link’s scorecard id is malformed, so no scorecard is selected.',
		]);
	});
	it('quotes at most 20 characters of a bad stage or minutes and 40 of a bad question', () => {
		const long = 'x'.repeat(60);
		const { problems } = parseSearch(`?stage=${long}&minutes=${long}&q=${long}_`);
		expect(problems).toEqual([
			`The link’s stage "${'x'.repeat(20)}" is not a stage number; the first stage is shown.`,
			`The link’s minutes "${'x'.repeat(20)}" are not a whole number from 5 to 240; the stage’s own length is used.`,
			`Dropped "${'x'.repeat(40)}" from the link: it is not a question id, or it is repeated.`,
		]);
	});
	it('reads the minutes from 5 to 240 inclusive', () => {
		expect([MIN_MINUTES, MAX_MINUTES]).toEqual([5, 240]);
		expect(parseSearch('?minutes=5').link.minutes).toBe(5);
		expect(parseSearch('?minutes=240').link.minutes).toBe(240);
		expect(parseSearch('?minutes=4').link.minutes).toBeUndefined();
		expect(parseSearch('?minutes=241').link.minutes).toBeUndefined();
	});
});

// ---- near-valid links: a valid link with one parameter corrupted -------------------------------

const id = fc.constantFrom('lru-cache', 'find-duplicates', 'flaky-test', 'sum-of-squares', 'a1', 'x-2-y');
const linkArb: fc.Arbitrary<KitLink> = fc.record({
	scorecard: fc.constantFrom('general-python-developer', 'backend', 'data-engineer-2'),
	stage: fc.oneof(fc.constant('custom' as const), fc.integer({ min: 0, max: 99 })),
	minutes: fc.integer({ min: MIN_MINUTES, max: MAX_MINUTES }),
	items: fc.option(
		fc.uniqueArray(fc.record({ id, variation: fc.integer({ min: 0, max: 99 }) }), {
			selector: (i) => i.id,
			maxLength: 4,
		}),
		{ nil: null },
	),
});

type Key = 'scorecard' | 'stage' | 'minutes';
/** A parameter's new text (null removes it) and whether the link rules accept it. */
interface Damage {
	key: Key;
	text: string | null;
	ok: boolean;
}
const set = (key: Key, text: string | null, ok: boolean): Damage => ({ key, text, ok });
// The rules: a scorecard id is lower-case words joined by hyphens; a stage is "custom" or a
// number of at most two digits; minutes are a whole number from 5 to 240. A missing parameter is fine.
const DAMAGES: Damage[] = [
	set('scorecard', 'backend-2', true),
	set('scorecard', null, true),
	set('scorecard', 'Backend', false),
	set('scorecard', 'back_end', false),
	set('scorecard', '-backend', false),
	set('scorecard', '', false),
	set('stage', 'custom', true),
	set('stage', '0', true),
	set('stage', '99', true),
	set('stage', null, true),
	set('stage', '100', false),
	set('stage', '-1', false),
	set('stage', '1.5', false),
	set('stage', 'Custom', false),
	set('stage', '', false),
	set('minutes', '5', true),
	set('minutes', '240', true),
	set('minutes', null, true),
	set('minutes', '4', false),
	set('minutes', '241', false),
	set('minutes', '7.5', false),
	set('minutes', 'ten', false),
	set('minutes', '0x3c', false),
	set('minutes', ' 60', false),
	set('minutes', '6e1', false),
	set('minutes', '+60', false),
	set('minutes', '060', true),
];
// Questions are ids, each once, optionally with ~ and a variation of at most two digits. One more
// entry in the list: kept when it is one, dropped (with a problem) when not; the rest stays.
const EXTRA_QUESTIONS: { part: string; item: KitItem | null }[] = [
	{ part: 'new-question', item: { id: 'new-question', variation: 0 } },
	{ part: 'new-question~7', item: { id: 'new-question', variation: 7 } },
	{ part: 'new-question~07', item: { id: 'new-question', variation: 7 } },
	{ part: 'New-Question', item: null },
	{ part: 'new-question~100', item: null },
	{ part: 'new-question~', item: null },
	{ part: 'new_question', item: null },
	{ part: '<script>', item: null },
	{ part: '(repeat)', item: null },
];

describe('kit links: one parameter corrupted at a time (1,000 runs each)', () => {
	const report = (name: string, accepted: number) => {
		console.log(`${name}: accepted ${(accepted / 10).toFixed(1)}% of near-valid cases`);
		expect(accepted).toBeGreaterThan(0);
		expect(accepted).toBeLessThan(1000);
	};
	it('reports one problem for a bad scorecard, stage or minutes, none for a good one, and keeps the rest', () => {
		let accepted = 0;
		fc.assert(
			fc.property(linkArb, fc.constantFrom(...DAMAGES), (link, { key, text, ok }) => {
				const params = new URLSearchParams(toSearch(link));
				if (text === null) params.delete(key);
				else params.set(key, text);
				const { link: got, problems } = parseSearch(`?${params}`);
				expect(problems, `${key}=${text}`).toHaveLength(ok ? 0 : 1);
				const want: Partial<KitLink> = { ...link };
				if (!ok || text === null) delete want[key];
				else if (key === 'scorecard') want.scorecard = text;
				else if (key === 'stage') want.stage = text === 'custom' ? 'custom' : Number(text);
				else want.minutes = Number(text);
				expect(got).toEqual(want);
				if (ok) accepted += 1;
			}),
			{ numRuns: 1000 },
		);
		report('kit link (scorecard, stage, minutes)', accepted);
	});
	it('keeps a good extra question, drops a bad or repeated one with one problem, and keeps the others', () => {
		let accepted = 0;
		fc.assert(
			fc.property(linkArb, fc.constantFrom(...EXTRA_QUESTIONS), (link, { part, item }) => {
				const items = link.items ?? [];
				const repeat = part === '(repeat)';
				const first = items[0]?.id ?? 'lru-cache';
				const extra = repeat ? (items.length > 0 ? first : `${first},${first}`) : part;
				const before = toSearch({ ...link, items });
				const { link: got, problems } = parseSearch(`${before}${items.length > 0 ? ',' : ''}${extra}`);
				expect(problems, extra).toHaveLength(item ? 0 : 1);
				const kept = repeat && items.length === 0 ? [{ id: first, variation: 0 }] : items;
				expect(got).toEqual({ ...link, items: item ? [...kept, item] : kept });
				if (item) accepted += 1;
			}),
			{ numRuns: 1000 },
		);
		report('kit link (questions)', accepted);
	});
});

describe('resolving a link against the handbook', () => {
	const cards: KitScorecard[] = [
		{
			id: 'mid-card',
			title: 'Mid card',
			level: 'mid',
			weights: [{ competency: 'a', weight: 100 }],
			stages: [
				{ name: 'Screen', minutes: 45, competencies: ['a'], questions: [] },
				{ name: 'Onsite', minutes: 90, competencies: ['a'], questions: [] },
			],
		},
		{ id: 'senior-card', title: 'Senior card', level: 'senior', weights: [], stages: [] },
	];
	const q = (id: string, levels: string[], status = 'active', variations = 2): KitQuestion => ({
		id,
		title: id.toUpperCase(),
		competencies: ['a'],
		levels,
		minutes: 10,
		status,
		variations: Array.from({ length: variations }, (_, i) => `v${i}`),
	});
	const bank = [
		q('ok', ['mid']),
		q('old', ['mid'], 'retired'),
		q('junior-only', ['junior']),
		q('both', ['junior'], 'retired'),
	];
	const calls: unknown[][] = [];
	const propose = (card: KitScorecard, stage: number | 'custom', minutes: number) => {
		calls.push([card.id, stage, minutes]);
		return ['ok'];
	};
	const resolve = (search: string) => resolveKitLink(parseSearch(search), cards, bank, propose)!;

	it('proposes a kit for the stage when the link lists no questions, with the stage’s minutes', () => {
		calls.length = 0;
		expect(resolve('?scorecard=mid-card&stage=1')).toEqual({
			link: { scorecard: 'mid-card', stage: 1, minutes: 90, items: null },
			items: [{ id: 'ok', variation: 0 }],
			messages: [],
		});
		expect(calls).toEqual([['mid-card', 1, 90]]);
		expect(resolve('?scorecard=mid-card&stage=custom').link.minutes).toBe(60);
		expect(resolve('?scorecard=mid-card&stage=custom&minutes=30').link.minutes).toBe(30);
		expect(resolve('').link).toEqual({ scorecard: 'mid-card', stage: 0, minutes: 45, items: null });
	});
	it('falls back to the first scorecard or stage and says so', () => {
		expect(resolve('?scorecard=renamed&stage=1').messages).toEqual([
			'There is no scorecard "renamed" in this handbook (it may have been renamed); showing "Mid card".',
		]);
		expect(resolve('?scorecard=renamed').link.scorecard).toBe('mid-card');
		const noStage = resolve('?scorecard=mid-card&stage=7');
		expect(noStage.link.stage).toBe(0);
		expect(noStage.messages).toEqual(['This scorecard has no stage 8; showing its first stage.']);
		expect(resolve('?scorecard=mid-card&stage=__proto__')).toMatchObject({
			link: { stage: 0 },
			messages: ['The link’s stage "__proto__" is not a stage number; the first stage is shown.'],
		});
		// A scorecard without a loop offers its custom stage, silently unless the link named a stage.
		expect(resolve('?scorecard=senior-card')).toMatchObject({ link: { stage: 'custom', minutes: 60 }, messages: [] });
		expect(resolve('?scorecard=senior-card&stage=0').messages).toEqual([
			'This scorecard has no stage 1; showing a custom stage.',
		]);
		expect(resolveKitLink(parseSearch(''), [], bank, propose)).toBeNull();
	});
	it('refuses unknown questions with a message and keeps a retired or off-level one, counted', () => {
		const r = resolve('?scorecard=mid-card&stage=0&q=ok~2,gone,old,junior-only~3,both,constructor');
		expect(r.items).toEqual([
			{ id: 'ok', variation: 2 },
			{ id: 'old', variation: 0 },
			{ id: 'junior-only', variation: 0 },
			{ id: 'both', variation: 0 },
		]);
		expect(r.link.items).toBe(r.items);
		expect(r.messages).toEqual([
			'The question "gone" is not in the bank (it may have been renamed or removed), so it was left out of the kit.',
			'"JUNIOR-ONLY" has no variation 3; its main prompt is used.',
			'The question "constructor" is not in the bank (it may have been renamed or removed), so it was left out of the kit.',
			'3 questions in this link would not be proposed for a mid kit (retired, or pitched at other levels); each says why on its card.',
		]);
		expect(resolve('?scorecard=mid-card&q=old').messages).toEqual([
			'1 question in this link would not be proposed for a mid kit (retired, or pitched at other levels); each says why on its card.',
		]);
		expect(resolve('?scorecard=mid-card&q=ok~2').messages).toEqual([]);
		expect(resolve('?scorecard=mid-card&q=').items).toEqual([]);
	});
	it('quotes at most 60 characters of an unknown scorecard or question id', () => {
		const id = 'a'.repeat(61);
		expect(resolve(`?scorecard=${id}&q=${id}`).messages).toEqual([
			`There is no scorecard "${'a'.repeat(60)}…" in this handbook (it may have been renamed); showing "Mid card".`,
			`The question "${'a'.repeat(60)}…" is not in the bank (it may have been renamed or removed), so it was left out of the kit.`,
		]);
		expect(clip('a'.repeat(60))).toBe('a'.repeat(60));
		expect(clip('abcdef', 3)).toBe('abc…');
	});
	it('reads at most 24 questions from a link', () => {
		expect(MAX_ITEMS).toBe(24);
		const ids = Array.from({ length: 30 }, (_, i) => `q${i}`);
		const { link, problems } = parseSearch(`?q=${ids.join(',')}`);
		expect(link.items).toHaveLength(24);
		expect(problems).toEqual(['The link lists 30 questions; only the first 24 are read.']);
		expect(parseSearch(`?q=${ids.slice(0, 24).join(',')}`).problems).toEqual([]);
	});
});
