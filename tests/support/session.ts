/** A small bank and a session with evidence on it, shared by the session's unit tests. */
import {
	addNote,
	goTo,
	newSession,
	resume,
	toggleFlag,
	togglePoint,
	type SessionContext,
	type SessionQuestion,
	type SessionState,
} from '../../src/lib/session.ts';

export const lru: SessionQuestion = {
	id: 'lru-cache',
	title: 'An LRU cache',
	competencies: ['language-fluency', 'problem-solving'],
	minutes: 20,
	mustShow: ['O(1) get and put', 'evicts the least recently used', 'updates recency on get'],
	depth: ['thread safety', 'OrderedDict.move_to_end'],
	depthNeeded: 1,
	redFlags: ['scans a list on every get'],
	greenFlags: ['tests eviction first', 'names the trade-off'],
	variations: ['An LFU cache instead'],
};
export const flaky: SessionQuestion = {
	id: 'flaky-test',
	title: 'A flaky test',
	competencies: ['testing'],
	minutes: 15,
	mustShow: ['reproduces it', 'isolates shared state'],
	depth: ['random order plugin'],
	depthNeeded: 1,
	redFlags: ['adds a retry'],
	greenFlags: [],
	variations: [],
};
export const ctx: SessionContext = {
	questions: new Map([
		[lru.id, lru],
		[flaky.id, flaky],
	]),
	stages: new Map([['general', [30, 60, 45]]]),
};
export const kit = {
	scorecard: 'general',
	stage: 1,
	minutes: 60,
	items: [
		{ id: 'lru-cache', variation: 1 },
		{ id: 'flaky-test', variation: 0 },
	],
};
export const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);
export const min = (m: number) => T0 + m * 60_000;

export function sampleSession(): SessionState {
	let s = newSession(kit, ctx.questions);
	s = resume(s, T0);
	s = togglePoint(s, 'lru-cache', 'mustShow', 0, 'shown');
	s = togglePoint(s, 'lru-cache', 'mustShow', 1, 'shown');
	s = togglePoint(s, 'lru-cache', 'mustShow', 1, 'hinted');
	s = toggleFlag(s, 'lru-cache', 'greenFlags', 0);
	s = addNote(s, 'lru-cache', '  used a dict and a deque  ', min(4.5));
	s = goTo(s, 1, min(12));
	s = togglePoint(s, 'flaky-test', 'mustShow', 0, 'shown');
	s = toggleFlag(s, 'flaky-test', 'redFlags', 0);
	s = addNote(s, 'flaky-test', 'wanted to retry', min(15));
	return s;
}
