import { describe, expect, it } from 'vitest';
import { RUBRIC_RULES } from '../../../src/lib/rubric.ts';
import { competencyEvidence, suggestRating, SUGGESTION_RULES, toHandoff } from '../../../src/lib/session-evidence.ts';
import { evidenceLine, handoffMarkdown, parseHandoff, withSessionNames } from '../../../src/lib/session-handoff.ts';
import { newSession, setAsked, togglePoint, type SessionState } from '../../../src/lib/session.ts';
import { HANDOFF_KEY, SESSION_PREFIX } from '../../../src/lib/storage-keys.ts';
import { ctx, kit, sampleSession } from '../../support/session.ts';

const bank = ctx.questions;
const tick = (s: SessionState, id: string, kind: 'mustShow' | 'depth', ...indexes: number[]) =>
	indexes.reduce((acc, i) => togglePoint(acc, id, kind, i, 'shown'), s);

describe('evidence per competency', () => {
	it('lists ticks, hints, flags and notes of the questions covering it, each naming its question', () => {
		const s = sampleSession();
		expect(competencyEvidence(s, bank, 'problem-solving')).toEqual([
			{ question: 'An LRU cache', kind: 'must-show', text: 'O(1) get and put' },
			{ question: 'An LRU cache', kind: 'hinted', text: 'evicts the least recently used' },
			{ question: 'An LRU cache', kind: 'green flag', text: 'tests eviction first' },
			{ question: 'An LRU cache', kind: 'note', text: 'used a dict and a deque', minute: 4 },
		]);
		expect(competencyEvidence(s, bank, 'testing')).toEqual([
			{ question: 'A flaky test', kind: 'must-show', text: 'reproduces it' },
			{ question: 'A flaky test', kind: 'red flag', text: 'adds a retry' },
			{ question: 'A flaky test', kind: 'note', text: 'wanted to retry', minute: 3 },
		]);
	});
	it('reaches a broad competency through the narrower ones it includes', () => {
		const s = sampleSession();
		const includes = { 'technical-knowledge': ['language-fluency', 'testing'] };
		const items = competencyEvidence(s, bank, 'technical-knowledge', includes);
		expect(new Set(items.map((i) => i.question))).toEqual(new Set(['An LRU cache', 'A flaky test']));
		expect(competencyEvidence(s, bank, 'technical-knowledge')).toEqual([]);
	});
	it('leaves out questions that were not asked', () => {
		const s = setAsked(sampleSession(), 'flaky-test', false);
		expect(competencyEvidence(s, bank, 'testing')).toEqual([]);
		expect(suggestRating(s, bank, 'testing')).toBeNull();
	});
	it('writes each item as one line naming the question and the minute', () => {
		expect(evidenceLine({ question: 'A flaky test', kind: 'note', text: 'wanted to retry', minute: 3 })).toBe(
			'[A flaky test, min 3] note: wanted to retry',
		);
		expect(evidenceLine({ question: 'An LRU cache', kind: 'hinted', text: 'evicts' })).toBe(
			'[An LRU cache] shown after a hint (does not count): evicts',
		);
	});
});

describe('the suggested rating', () => {
	const started = () => {
		let s = newSession(kit, bank);
		s = setAsked(s, 'lru-cache', true);
		return setAsked(s, 'flaky-test', true);
	};
	it('quotes the rating scale rules, never its own words', () => {
		expect(SUGGESTION_RULES).toEqual([RUBRIC_RULES[0], RUBRIC_RULES[1], RUBRIC_RULES[2]]);
	});
	it('is none when no question covering the competency was asked', () => {
		expect(suggestRating(newSession(kit, bank), bank, 'testing')).toBeNull();
		expect(suggestRating(started(), bank, 'security')).toBeNull();
	});
	it('is 1 with nothing ticked, 2 with some, 3 with every must-show point, 4 with the depth a 4 needs', () => {
		let s = started();
		expect(suggestRating(s, bank, 'testing')).toEqual({
			rating: 1,
			reason: `0 of 2 must-show points on 1 question asked. ${RUBRIC_RULES[0]}`,
		});
		s = tick(s, 'flaky-test', 'mustShow', 0);
		expect(suggestRating(s, bank, 'testing')?.rating).toBe(2);
		s = tick(s, 'flaky-test', 'depth', 0);
		expect(suggestRating(s, bank, 'testing')?.rating).toBe(2);
		s = tick(s, 'flaky-test', 'mustShow', 1);
		expect(suggestRating(s, bank, 'testing')).toEqual({
			rating: 4,
			reason: `2 of 2 must-show points on 1 question asked, and the depth points a 4 needs. ${RUBRIC_RULES[1]}`,
		});
		s = tick(s, 'flaky-test', 'depth', 0);
		expect(suggestRating(s, bank, 'testing')).toEqual({
			rating: 3,
			reason: `2 of 2 must-show points on 1 question asked. ${RUBRIC_RULES[0]}`,
		});
	});
	it('does not count a hinted point, and says so', () => {
		let s = tick(started(), 'flaky-test', 'mustShow', 0, 1);
		s = togglePoint(s, 'flaky-test', 'mustShow', 1, 'hinted');
		expect(suggestRating(s, bank, 'testing')).toEqual({
			rating: 2,
			reason: `1 of 2 must-show points on 1 question asked; 1 hinted point not counted. ${RUBRIC_RULES[0]}`,
		});
		s = togglePoint(s, 'flaky-test', 'depth', 0, 'shown');
		s = togglePoint(s, 'flaky-test', 'depth', 0, 'hinted');
		s = togglePoint(s, 'flaky-test', 'mustShow', 1, 'hinted');
		expect(suggestRating(s, bank, 'testing')?.rating).toBe(3);
		expect(suggestRating(s, bank, 'testing')?.reason).toContain('1 hinted point not counted');
	});
	it('needs every must-show point of every covering question for a 3, and each one’s depth for a 4', () => {
		const includes = { 'technical-knowledge': ['language-fluency', 'testing'] };
		let s = tick(started(), 'flaky-test', 'mustShow', 0, 1);
		s = tick(s, 'flaky-test', 'depth', 0);
		expect(suggestRating(s, bank, 'technical-knowledge', includes)).toMatchObject({ rating: 2 });
		s = tick(s, 'lru-cache', 'mustShow', 0, 1, 2);
		expect(suggestRating(s, bank, 'technical-knowledge', includes)).toMatchObject({
			rating: 3,
			reason: expect.stringMatching(/^5 of 5 must-show points on 2 questions asked\./),
		});
		s = tick(s, 'lru-cache', 'depth', 1);
		expect(suggestRating(s, bank, 'technical-knowledge', includes)?.rating).toBe(4);
	});
});

describe('the handoff to the calculator', () => {
	const known = ['problem-solving', 'testing', 'security'];
	it('is kept under the session’s own storage prefix', () => {
		expect(HANDOFF_KEY.startsWith(SESSION_PREFIX)).toBe(true);
	});
	it('carries each competency’s evidence and suggestion, and reads back', () => {
		const h = toHandoff(sampleSession(), bank, known);
		expect(Object.getPrototypeOf(h.competencies)).toBeNull();
		expect(h.competencies['security']).toEqual({ items: [], suggestion: null });
		expect(h.competencies['testing']!.suggestion?.rating).toBe(2);
		expect(parseHandoff(JSON.parse(JSON.stringify(h)), 'general', known)).toEqual({ ok: true, value: h });
	});
	it('refuses a handoff for another card, unknown competencies and malformed items', () => {
		const h = JSON.parse(JSON.stringify(toHandoff(sampleSession(), bank, known)));
		const error = (v: unknown, card = 'general') => {
			const p = parseHandoff(v, card, known);
			return p.ok ? 'accepted' : p.error;
		};
		expect(error(null)).toBe('the evidence is not version 1 of "python-interview-handbook/session-evidence"');
		expect(error(h, 'backend')).toBe('the evidence is for another scorecard, not "backend"');
		expect(error({ ...h, competencies: [] })).toBe(
			'competencies is missing; expected an object keyed by competency id',
		);
		expect(error({ ...h, competencies: { ...h.competencies, typing: { items: [], suggestion: null } } })).toBe(
			'competencies["typing"] is not a competency of this scorecard',
		);
		const item = (patch: object) => ({
			...h,
			competencies: { testing: { items: [{ question: 'Q', kind: 'note', text: 't', ...patch }], suggestion: null } },
		});
		expect(error(item({}))).toBe('accepted');
		expect(error(item({ kind: 'script' }))).toMatch(/^competencies\["testing"\]\.items\[0\] is malformed/);
		expect(error(item({ text: 'x'.repeat(2001) }))).toMatch(/is malformed/);
		expect(error(item({ minute: -1 }))).toMatch(/is malformed/);
		expect(error(item({ question: 3 }))).toMatch(/is malformed/);
		expect(error({ ...h, competencies: { testing: { items: {}, suggestion: null } } })).toBe(
			'competencies["testing"].items is missing; expected a list',
		);
		expect(error({ ...h, competencies: { testing: { items: [], suggestion: { rating: 5, reason: '' } } } })).toBe(
			'competencies["testing"].suggestion is malformed; expected null or a rating from 1 to 4 with a reason',
		);
		const many = Array.from({ length: 401 }, () => ({ question: 'Q', kind: 'note', text: 't' }));
		expect(error({ ...h, competencies: { testing: { items: many, suggestion: null } } })).toBe(
			'there are more than 400 evidence items',
		);
	});
});

describe('names typed in the session', () => {
	const known = ['testing'];
	const named = { ...sampleSession(), candidate: 'Dee Kay', interviewer: 'Ana' };
	it('travel in the handoff only when typed, and are read back', () => {
		const h = toHandoff(named, bank, known);
		expect([h.candidate, h.interviewer]).toEqual(['Dee Kay', 'Ana']);
		expect(parseHandoff(JSON.parse(JSON.stringify(h)), 'general', known)).toEqual({ ok: true, value: h });
		const blank = toHandoff({ ...named, candidate: '  ', interviewer: '' }, bank, known);
		expect('candidate' in blank || 'interviewer' in blank).toBe(false);
	});
	it('are refused when they are not short text, and dropped when blank', () => {
		const h = JSON.parse(JSON.stringify(toHandoff(named, bank, known)));
		expect(parseHandoff({ ...h, candidate: 7 }, 'general', known)).toEqual({
			ok: false,
			error: 'candidate must be text of at most 200 characters',
		});
		expect(parseHandoff({ ...h, interviewer: 'x'.repeat(201) }, 'general', known)).toEqual({
			ok: false,
			error: 'interviewer must be text of at most 200 characters',
		});
		const read = parseHandoff({ ...h, interviewer: ' ' }, 'general', known);
		expect(read.ok && 'interviewer' in read.value).toBe(false);
	});
	it('fill only the calculator’s empty fields', () => {
		const h = toHandoff(named, bank, known);
		expect(withSessionNames({ candidate: '', interviewer: ' ' }, h)).toEqual({
			candidate: 'Dee Kay',
			interviewer: 'Ana',
		});
		expect(withSessionNames({ candidate: 'Someone else', interviewer: '' }, h)).toEqual({
			candidate: 'Someone else',
			interviewer: 'Ana',
		});
		expect(
			withSessionNames({ candidate: '', interviewer: '' }, toHandoff({ ...named, candidate: '' }, bank, known)),
		).toEqual({
			candidate: '',
			interviewer: 'Ana',
		});
		const state = { candidate: '', interviewer: '' };
		expect(withSessionNames(state, null)).toBe(state);
	});
});

describe('the Markdown of the evidence', () => {
	it('sets each rating beside its suggestion, says where they differ, and lists the evidence', () => {
		const h = toHandoff(sampleSession(), bank, ['problem-solving', 'testing', 'security']);
		const titles = (id: string) => ({ testing: 'Testing', 'problem-solving': 'Problem solving' })[id] ?? 'Security';
		const md = handoffMarkdown(
			h,
			{ testing: 3, 'problem-solving': 2 },
			['testing', 'problem-solving', 'security', 'x'],
			titles,
		);
		expect(md).toContain('## Evidence from the interview session');
		expect(md).toContain('### Testing: rated 3, suggested 2 (differs from the suggestion)');
		expect(md).toContain('### Problem solving: rated 2, suggested 2\n');
		expect(md).toContain(
			'### Security: not rated, no suggestion (no question asked covers it)\n\n- No evidence recorded.',
		);
		expect(md).toContain('- [A flaky test, min 3] note: wanted to retry');
		expect(md).toContain(`Why 2: 1 of 2 must-show points on 1 question asked. ${RUBRIC_RULES[0]}`);
		expect(md).not.toContain('### x');
		const multi = {
			...h,
			competencies: { testing: { items: [{ question: 'Q', kind: 'note' as const, text: 'a\nb' }], suggestion: null } },
		};
		expect(handoffMarkdown(multi, {}, ['testing'], titles)).toContain('- [Q] note: a b');
	});
});

describe('edges the mutants found', () => {
	const known = ['testing'];
	it('lists depth points as depth, or as hinted when a hint named them', () => {
		let s = tick(sampleSession(), 'lru-cache', 'depth', 0, 1);
		s = togglePoint(s, 'lru-cache', 'depth', 1, 'hinted');
		const items = competencyEvidence(s, bank, 'problem-solving').filter(
			(i) => i.text.includes('thread') || i.text.includes('move_to_end'),
		);
		expect(items).toEqual([
			{ question: 'An LRU cache', kind: 'depth', text: 'thread safety' },
			{ question: 'An LRU cache', kind: 'hinted', text: 'OrderedDict.move_to_end' },
		]);
	});
	it('counts hinted points in the plural', () => {
		let s = tick(setAsked(newSession(kit, bank), 'flaky-test', true), 'flaky-test', 'mustShow', 0, 1);
		s = togglePoint(s, 'flaky-test', 'mustShow', 0, 'hinted');
		s = togglePoint(s, 'flaky-test', 'mustShow', 1, 'hinted');
		expect(suggestRating(s, bank, 'testing')?.reason).toContain('; 2 hinted points not counted.');
	});
	it('skips questions missing from the bank', () => {
		const s = sampleSession();
		const partial = new Map([...bank].filter(([id]) => id !== 'lru-cache'));
		expect(competencyEvidence(s, partial, 'problem-solving')).toEqual([]);
	});
	const handoff = (items: unknown[], extra: object = {}) => ({
		format: 'python-interview-handbook/session-evidence',
		version: 1,
		scorecard: 'general',
		competencies: { testing: { items, suggestion: null } },
		...extra,
	});
	const verdict = (v: unknown) => {
		const p = parseHandoff(v, 'general', known);
		return p.ok ? 'accepted' : p.error;
	};
	const item = (patch: object) => ({ question: 'Q', kind: 'note', text: 't', ...patch });
	it('checks the format and the version each on their own', () => {
		expect(verdict(handoff([], { format: 'other' }))).toMatch(/^the evidence is not version 1/);
		expect(verdict(handoff([], { version: 2 }))).toMatch(/^the evidence is not version 1/);
		expect(verdict('text')).toMatch(/^the evidence is not version 1/);
		expect(verdict(handoff([], { competencies: { testing: 'x' } }))).toMatch(/items is missing/);
	});
	it('takes texts up to their limits and minutes from 0 to 999, and keeps a minute only where given', () => {
		expect(verdict(handoff([item({ text: 'x'.repeat(2000), question: 'q'.repeat(300) })]))).toBe('accepted');
		expect(verdict(handoff([item({ question: 'q'.repeat(301) })]))).toMatch(/is malformed/);
		expect(verdict(handoff([item({ text: 7 })]))).toMatch(/is malformed/);
		expect(verdict(handoff(['not an item']))).toMatch(/is malformed/);
		expect(verdict(handoff([item({ minute: 0 }), item({ minute: 999 })]))).toBe('accepted');
		expect(verdict(handoff([item({ minute: 1000 })]))).toMatch(/is malformed/);
		expect(verdict(handoff([item({ minute: 1.5 })]))).toMatch(/is malformed/);
		const parsed = parseHandoff(handoff([item({}), item({ minute: 0 })]), 'general', known);
		expect(parsed.ok && parsed.value.competencies['testing']!.items).toEqual([
			{ question: 'Q', kind: 'note', text: 't' },
			{ question: 'Q', kind: 'note', text: 't', minute: 0 },
		]);
		expect(verdict(handoff(Array.from({ length: 400 }, () => item({}))))).toBe('accepted');
	});
	it('cuts a long unknown id short in its message', () => {
		const long = 'x'.repeat(100);
		expect(verdict({ ...handoff([]), competencies: { [long]: { items: [], suggestion: null } } })).toBe(
			`competencies["${'x'.repeat(40)}"] is not a competency of this scorecard`,
		);
	});
	it('starts the Markdown section on a line of its own', () => {
		const h = toHandoff(sampleSession(), bank, ['testing']);
		expect(
			handoffMarkdown(h, {}, ['testing'], () => 'Testing').startsWith('\n## Evidence from the interview session\n\n'),
		).toBe(true);
	});
});
