import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addNote,
	formatClock,
	goTo,
	MAX_NOTE,
	MAX_SECONDS,
	newSession,
	parseSession,
	parseSessionText,
	pause,
	questionSeconds,
	removeNote,
	resume,
	sameKit,
	setAsked,
	stageSeconds,
	toggleFlag,
	togglePoint,
	toSessionJson,
	clockText,
	kitFromLink,
	planStart,
} from '../../../src/lib/session.ts';
import { MAX_ITEMS, parseSearch } from '../../../src/lib/kit-url.ts';
import { CALCULATOR_PREFIX, SESSION_PREFIX } from '../../../src/lib/storage-keys.ts';
import { ctx, flaky, kit, min, sampleSession, T0 } from '../../support/session.ts';

describe('a new session', () => {
	it('has one empty entry per kit question, no names and a stopped clock', () => {
		const s = newSession(kit, ctx.questions);
		expect(Object.getPrototypeOf(s.questions)).toBeNull();
		expect(Object.keys(s.questions)).toEqual(['lru-cache', 'flaky-test']);
		expect(s.questions['lru-cache']).toEqual({
			asked: false,
			seconds: 0,
			mustShow: [
				{ shown: false, hinted: false },
				{ shown: false, hinted: false },
				{ shown: false, hinted: false },
			],
			depth: [
				{ shown: false, hinted: false },
				{ shown: false, hinted: false },
			],
			redFlags: [false],
			greenFlags: [false, false],
			notes: [],
		});
		expect(s).toMatchObject({ candidate: '', interviewer: '', current: 0, runningSince: null });
		expect(SESSION_PREFIX.startsWith(CALCULATOR_PREFIX) || CALCULATOR_PREFIX.startsWith(SESSION_PREFIX)).toBe(false);
	});
	it('knows its own kit and no other', () => {
		const s = newSession(kit, ctx.questions);
		expect(sameKit(s.kit, kit)).toBe(true);
		expect(sameKit(s.kit, { ...kit, minutes: 45 })).toBe(false);
		expect(sameKit(s.kit, { ...kit, stage: 0 })).toBe(false);
		expect(sameKit(s.kit, { ...kit, scorecard: 'other' })).toBe(false);
		expect(sameKit(s.kit, { ...kit, items: [kit.items[0]!] })).toBe(false);
		expect(sameKit(s.kit, { ...kit, items: [kit.items[1]!, kit.items[0]!] })).toBe(false);
		expect(sameKit(s.kit, { ...kit, items: [{ id: 'lru-cache', variation: 0 }, kit.items[1]!] })).toBe(false);
	});
});

describe('clocks', () => {
	it('count per question while running, move with the question, and pause', () => {
		let s = resume(newSession(kit, ctx.questions), T0);
		expect(s.questions['lru-cache']!.asked).toBe(true);
		expect(questionSeconds(s, 0, min(3))).toBe(180);
		s = goTo(s, 1, min(10));
		expect(s.questions['lru-cache']!.seconds).toBe(600);
		expect(s.questions['flaky-test']!.asked).toBe(true);
		expect(questionSeconds(s, 1, min(12))).toBe(120);
		expect(stageSeconds(s, min(12))).toBe(720);
		s = pause(s, min(13));
		expect(s.runningSince).toBeNull();
		expect(stageSeconds(s, min(50))).toBe(780);
		expect(pause(s, min(60))).toBe(s);
		const again = resume(s, min(20));
		expect(resume(again, min(21))).toBe(again);
		expect(questionSeconds(again, 1, min(21))).toBe(240);
	});
	it('moving while paused keeps the clocks still; moving out of range changes nothing', () => {
		const s = newSession(kit, ctx.questions);
		const moved = goTo(s, 1, min(5));
		expect(moved.current).toBe(1);
		expect(moved.runningSince).toBeNull();
		expect(moved.questions['flaky-test']!.asked).toBe(false);
		expect(goTo(s, 2, T0)).toBe(s);
		expect(goTo(s, -1, T0)).toBe(s);
		expect(goTo(s, 0, T0)).toBe(s);
	});
	it('never runs backwards or past the cap', () => {
		const s = resume(newSession(kit, ctx.questions), min(10));
		expect(questionSeconds(s, 0, T0)).toBe(0);
		expect(questionSeconds(s, 0, min(100_000))).toBe(MAX_SECONDS);
		expect(stageSeconds(s, min(100_000))).toBe(MAX_SECONDS);
		expect(questionSeconds(s, 5, min(11))).toBe(0);
	});
	it('formats minutes and seconds, and hours past an hour', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(247)).toBe('4:07');
		expect(formatClock(3723)).toBe('1:02:03');
		expect(formatClock(-5)).toBe('0:00');
	});
});

describe('evidence capture', () => {
	it('ticks points and hints, flags, and timed notes', () => {
		const s = sampleSession();
		const e = s.questions['lru-cache']!;
		expect(e.mustShow.map((m) => [m.shown, m.hinted])).toEqual([
			[true, false],
			[true, true],
			[false, false],
		]);
		expect(e.greenFlags).toEqual([true, false]);
		expect(e.notes).toEqual([{ text: 'used a dict and a deque', minute: 4, stageMinute: 4 }]);
		expect(s.questions['flaky-test']!.notes).toEqual([{ text: 'wanted to retry', minute: 3, stageMinute: 15 }]);
		expect(togglePoint(s, 'lru-cache', 'mustShow', 0, 'shown').questions['lru-cache']!.mustShow[0]!.shown).toBe(false);
	});
	it('ignores empty notes, unknown questions, and caps note length', () => {
		const s = newSession(kit, ctx.questions);
		expect(addNote(s, 'lru-cache', '   ', T0)).toBe(s);
		expect(addNote(s, 'nope', 'x', T0)).toBe(s);
		expect(togglePoint(s, 'nope', 'depth', 0, 'shown')).toBe(s);
		const long = addNote(s, 'lru-cache', 'x'.repeat(MAX_NOTE + 10), T0);
		expect(long.questions['lru-cache']!.notes[0]!.text).toHaveLength(MAX_NOTE);
		expect(removeNote(long, 'lru-cache', 0).questions['lru-cache']!.notes).toEqual([]);
	});
	it('stops adding notes at the cap', () => {
		let s = newSession(kit, ctx.questions);
		for (let i = 0; i < 70; i++) s = addNote(s, 'flaky-test', `note ${i}`, T0);
		expect(s.questions['flaky-test']!.notes).toHaveLength(60);
	});
	it('"not asked" clears the asked mark and recording evidence sets it', () => {
		let s = setAsked(sampleSession(), 'lru-cache', false);
		expect(s.questions['lru-cache']!.asked).toBe(false);
		s = toggleFlag(s, 'lru-cache', 'redFlags', 0);
		expect(s.questions['lru-cache']!.asked).toBe(true);
	});
});

describe('import and storage', () => {
	it('reads back what it writes', () => {
		const s = sampleSession();
		const back = parseSessionText(toSessionJson(s), ctx);
		expect(back).toEqual({ ok: true, value: s });
		if (back.ok) expect(Object.getPrototypeOf(back.value.questions)).toBeNull();
	});
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case edits a different path of plain JSON
	const bad = (change: (raw: Record<string, any>) => void) => {
		const raw = JSON.parse(toSessionJson(sampleSession()));
		change(raw);
		const parsed = parseSession(raw, ctx);
		return parsed.ok ? 'accepted' : parsed.error;
	};
	it('names the field and what was expected', () => {
		expect(parseSessionText('{', ctx)).toEqual({
			ok: false,
			error: 'This is not JSON. Choose the .json file that the interview session exported.',
		});
		expect(parseSessionText('[]', ctx)).toEqual({
			ok: false,
			error: 'This session cannot be read: the session is a list; expected a JSON object.',
		});
		expect(bad((r) => (r['format'] = 'python-interview-handbook/rating'))).toBe(
			'format is the text "python-interview-handbook/rati…"; expected "python-interview-handbook/session" (an interview session export)',
		);
		expect(bad((r) => (r['version'] = 2))).toBe('version is number 2; this page reads version 1');
		expect(bad((r) => (r['kit']['scorecard'] = 'gone'))).toBe(
			'kit.scorecard "gone" is not a scorecard in this handbook',
		);
		expect(bad((r) => (r['kit']['scorecard'] = '<img>'))).toBe(
			'kit.scorecard is the text "<img>"; expected a scorecard id',
		);
		expect(bad((r) => (r['kit']['stage'] = 3))).toBe(
			'kit.stage is number 3; expected "custom" or a stage number from 0 to 2',
		);
		expect(bad((r) => (r['kit']['minutes'] = 4))).toBe(
			'kit.minutes is number 4; expected a whole number from 5 to 240',
		);
		expect(bad((r) => (r['kit']['items'][0]['id'] = 'missing'))).toBe(
			'kit.items[0].id "missing" is not a question in this handbook',
		);
		expect(bad((r) => (r['kit']['items'][1]['id'] = 'lru-cache'))).toBe(
			'kit.items[1].id "lru-cache" is repeated; expected each question once',
		);
		expect(bad((r) => (r['kit']['items'][0]['variation'] = 2))).toBe(
			'kit.items[0].variation is number 2; expected 0 (the main prompt) to 1',
		);
		expect(bad((r) => (r['candidate'] = 'x'.repeat(201)))).toBe(
			'candidate is 201 characters long; expected at most 200',
		);
		expect(bad((r) => (r['interviewer'] = 7))).toBe('interviewer is number 7; expected text');
		expect(bad((r) => (r['current'] = 2))).toBe('current is number 2; expected a question number from 0 to 1');
		expect(bad((r) => (r['runningSince'] = 'now'))).toBe(
			'runningSince is the text "now"; expected null or a time in milliseconds',
		);
		expect(bad((r) => (r['questions']['extra'] = {}))).toBe(
			'questions has "extra", which is not a question of the kit',
		);
		expect(bad((r) => delete r['questions']['flaky-test'])).toBe(
			'questions["flaky-test"] is missing; expected an object',
		);
		expect(bad((r) => (r['questions']['lru-cache']['mustShow'] = [{ shown: true, hinted: false }]))).toBe(
			'questions["lru-cache"].mustShow is a list; expected a list of 3 points',
		);
		expect(bad((r) => (r['questions']['lru-cache']['depth'][1] = { shown: 'yes', hinted: false }))).toBe(
			'questions["lru-cache"].depth[1] is an object; expected { "shown": true or false, "hinted": true or false }',
		);
		expect(bad((r) => (r['questions']['lru-cache']['redFlags'] = [1]))).toBe(
			'questions["lru-cache"].redFlags is a list; expected a list of 1 true or false values',
		);
		expect(bad((r) => (r['questions']['lru-cache']['greenFlags'] = null))).toBe(
			'questions["lru-cache"].greenFlags is null; expected a list of 2 true or false values',
		);
		expect(bad((r) => (r['questions']['lru-cache']['notes'][0]['text'] = 'x'.repeat(2001)))).toBe(
			'questions["lru-cache"].notes[0].text is 2001 characters long; expected at most 2000',
		);
		expect(bad((r) => (r['questions']['lru-cache']['notes'][0]['minute'] = -1))).toBe(
			'questions["lru-cache"].notes[0].minute is number -1; expected a whole number from 0 to 480',
		);
		expect(bad((r) => (r['questions']['lru-cache']['seconds'] = 1.5))).toBe(
			'questions["lru-cache"].seconds is number 1.5; expected a whole number from 0 to 28800',
		);
		expect(bad((r) => (r['questions']['lru-cache']['asked'] = 'yes'))).toBe(
			'questions["lru-cache"].asked is the text "yes"; expected true or false',
		);
	});
	it('refuses keys that reach for the prototype, and never pollutes it', () => {
		const text = toSessionJson(sampleSession()).replace(
			'"questions": {',
			'"questions": { "__proto__": { "polluted": true },',
		);
		const parsed = parseSessionText(text, ctx);
		expect(parsed).toEqual({
			ok: false,
			error: 'This session cannot be read: questions has "__proto__", which is not a question of the kit.',
		});
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
	it('property: a valid session with one field corrupted is sometimes refused, never throws', () => {
		const valid = JSON.parse(toSessionJson(sampleSession()));
		const paths: (string | number)[][] = [];
		const walk = (v: unknown, path: (string | number)[]) => {
			paths.push(path);
			if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
			else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
		};
		walk(valid, []);
		const leaves = paths.filter((p) => p.length > 0);
		const junk = fc.oneof(
			fc.constant(null),
			fc.constant(undefined),
			fc.boolean(),
			fc.integer({ min: -5, max: 100_000 }),
			fc.double(),
			fc.string({ maxLength: 3000 }),
			fc.constant({}),
			fc.constant([]),
			fc.constant('__proto__'),
		);
		let accepted = 0;
		let runs = 0;
		fc.assert(
			fc.property(fc.constantFrom(...leaves), junk, (path, value) => {
				const copy = structuredClone(valid);
				let node = copy;
				for (const key of path.slice(0, -1)) node = node[key];
				node[path.at(-1)!] = value;
				const parsed = parseSession(copy, ctx);
				runs++;
				if (parsed.ok) {
					accepted++;
					// What is accepted is itself a valid session that survives a round trip.
					expect(parseSessionText(toSessionJson(parsed.value), ctx)).toEqual(parsed);
				} else expect(parsed.error.length).toBeGreaterThan(10);
			}),
			{ numRuns: 600, seed: 18 },
		);
		expect(accepted).toBeGreaterThan(0);
		expect(accepted).toBeLessThan(runs);
	});
});

describe('starting from a kit link', () => {
	const link = (search: string) => kitFromLink(parseSearch(search), ctx);
	it('takes the kit from the link, defaulting the minutes to the stage’s', () => {
		expect(link('?scorecard=general&stage=2&q=flaky-test,lru-cache~1')).toEqual({
			ok: true,
			value: {
				kit: {
					scorecard: 'general',
					stage: 2,
					minutes: 45,
					items: [
						{ id: 'flaky-test', variation: 0 },
						{ id: 'lru-cache', variation: 1 },
					],
				},
				problems: [],
			},
		});
		expect(link('?scorecard=general&stage=custom&q=flaky-test')).toMatchObject({
			ok: true,
			value: { kit: { stage: 'custom', minutes: 60 } },
		});
	});
	it('drops what it cannot use and says so; refuses a link with no scorecard or no question', () => {
		const r = link('?scorecard=general&stage=7&minutes=50&q=gone,lru-cache~3');
		expect(r).toEqual({
			ok: true,
			value: {
				kit: { scorecard: 'general', stage: 0, minutes: 50, items: [{ id: 'lru-cache', variation: 0 }] },
				problems: [
					'This scorecard has no stage 8; the session uses its first stage.',
					'The question "gone" is not in the bank, so the session leaves it out.',
					'"An LRU cache" has no variation 3; its main prompt is used.',
				],
			},
		});
		expect(link('?scorecard=nope&q=lru-cache')).toEqual({
			ok: false,
			error: 'The link names no scorecard of this handbook, so it opens no kit',
		});
		expect(link('?q=lru-cache').ok).toBe(false);
		expect(link('?scorecard=general&stage=0')).toEqual({
			ok: false,
			error: 'The link lists no question of this handbook, so there is nothing to ask',
		});
	});
	const search = '?scorecard=general&stage=1&minutes=60&q=lru-cache~1,flaky-test';
	it('continues the saved session of the same kit, and starts one when none is saved', () => {
		const saved = sampleSession();
		expect(planStart(search, { ok: true, value: saved }, ctx)).toEqual({ use: saved, conflict: null, messages: [] });
		expect(planStart('', { ok: true, value: saved }, ctx).use).toBe(saved);
		const fresh = planStart(search, null, ctx);
		expect(fresh.use).toEqual(newSession(kit, ctx.questions));
		expect(fresh.conflict).toBeNull();
	});
	it('asks before replacing a saved session of another kit, or one it cannot read', () => {
		const saved = sampleSession();
		const other = planStart('?scorecard=general&stage=1&minutes=60&q=flaky-test', { ok: true, value: saved }, ctx);
		expect(other.use).toBeNull();
		expect(other.conflict?.saved).toBe(saved);
		expect(other.conflict?.incoming?.kit.items).toEqual([{ id: 'flaky-test', variation: 0 }]);
		const unreadable = planStart(search, { ok: false, error: 'Bad.' }, ctx);
		expect(unreadable).toMatchObject({
			use: null,
			conflict: { saved: null, incoming: { kit } },
			messages: ['The session saved in this browser cannot be used. Bad.'],
		});
		expect(planStart('', { ok: false, error: 'Bad.' }, ctx).conflict).toEqual({ saved: null, incoming: null });
	});
	it('says how to start when there is neither a link nor a saved session', () => {
		expect(planStart('', null, ctx)).toEqual({
			use: null,
			conflict: null,
			messages: ['No session is saved in this browser. Build a kit, then choose “Start interview”.'],
		});
		expect(planStart('?scorecard=zzz&q=a', null, ctx).messages[0]).toBe(
			'The link names no scorecard of this handbook, so it opens no kit.',
		);
	});
	it('writes a clock against its minutes', () => {
		expect(clockText('Stage', 125, 60)).toBe('Stage 2:05 of 60:00');
		expect(clockText('This question', 1201, 20)).toBe('This question 20:01 of 20:00 (over time)');
		expect(clockText('This question', 1200, 20)).toBe('This question 20:00 of 20:00');
	});
});

describe('edges the mutants found', () => {
	it('tells kits apart by question, not only by variation', () => {
		const swapped = {
			...kit,
			items: [
				{ id: 'flaky-test', variation: 1 },
				{ id: 'lru-cache', variation: 0 },
			],
		};
		expect(sameKit(newSession(kit, ctx.questions).kit, swapped)).toBe(false);
	});
	it('passes on what the link parser had to drop', () => {
		const r = kitFromLink(parseSearch('?scorecard=general&minutes=abc&q=lru-cache'), ctx);
		expect(r.ok && r.value.problems).toEqual([
			'The link’s minutes "abc" are not a whole number from 5 to 240; the stage’s own length is used.',
		]);
		expect(planStart('?scorecard=general&minutes=abc&q=lru-cache', null, ctx).messages).toHaveLength(1);
	});
	it('keeps at most as many questions as a kit link carries', () => {
		const many = Array.from({ length: MAX_ITEMS + 2 }, (_, i) => ({ ...flaky, id: `q${i}`, title: `Q${i}` }));
		const big = { ...ctx, questions: new Map(many.map((q) => [q.id, q])) };
		const r = kitFromLink(parseSearch(`?scorecard=general&q=${many.map((q) => q.id).join(',')}`), big);
		expect(r.ok && r.value.kit.items.map((i) => i.id)).toEqual(many.slice(0, MAX_ITEMS).map((q) => q.id));
		const raw = JSON.parse(toSessionJson(sampleSession()));
		raw.kit.items = many.slice(0, MAX_ITEMS + 1).map((q) => ({ id: q.id, variation: 0 }));
		const parsed = parseSession(raw, big);
		expect(parsed.ok ? '' : parsed.error).toBe(`kit.items is a list; expected a list of 1 to ${MAX_ITEMS} questions`);
	});
	it('goes back to the first question', () => {
		const s = goTo(goTo(newSession(kit, ctx.questions), 1, T0), 0, T0);
		expect(s.current).toBe(0);
	});
	it('toggles only the flag and the note it is given', () => {
		let s = toggleFlag(newSession(kit, ctx.questions), 'lru-cache', 'greenFlags', 1);
		expect(s.questions['lru-cache']!.greenFlags).toEqual([false, true]);
		s = addNote(addNote(s, 'lru-cache', 'first', T0), 'lru-cache', 'second', T0);
		expect(removeNote(s, 'lru-cache', 0).questions['lru-cache']!.notes.map((n) => n.text)).toEqual(['second']);
	});
});
