/**
 * The live interview session: what the interviewer observed on each question of a kit, the
 * clocks, and every way the state travels (localStorage, the JSON export). Pure: the page's
 * element calls these and renders the result. Parsers take untrusted values and return either a
 * valid state or a message naming the field and what was expected; none throws.
 */
import { CUSTOM_STAGE, type KitItem } from './kit.ts';
import { MAX_ITEMS, MAX_MINUTES, MIN_MINUTES, parseSearch, type ParsedKitLink } from './kit-url.ts';
import { blankRecord, recordFrom } from './records.ts';
import { ENTRY_ID } from './taxonomy.ts';

export const SESSION_FORMAT = 'python-interview-handbook/session';
export const SESSION_VERSION = 1;

export const MAX_NOTE = 2000;
export const MAX_NOTES = 60;
export const MAX_NAME = 200;
/** A clock left running while the tab was closed stops counting after this many seconds. */
export const MAX_SECONDS = 8 * 3600;

/** What the session needs to know about a question, to check a stored state against it. */
export interface SessionQuestion {
	id: string;
	title: string;
	competencies: readonly string[];
	minutes: number;
	mustShow: readonly string[];
	depth: readonly string[];
	depthNeeded: number;
	redFlags: readonly string[];
	greenFlags: readonly string[];
	/** Only how many there are matters here: a kit item picks one by number. */
	variations: readonly unknown[];
}

export interface PointMark {
	shown: boolean;
	/** A hint that names the point was given: the point does not count even if shown. */
	hinted: boolean;
}

export interface SessionNote {
	text: string;
	/** Whole minutes on the question's clock when the note was written. */
	minute: number;
	/** Whole minutes on the stage clock when the note was written. */
	stageMinute: number;
}

export interface QuestionEvidence {
	/** Set once the question is opened or any evidence is recorded; "Not asked" clears it. */
	asked: boolean;
	/** Seconds on the question's clock, not counting a run still in progress. */
	seconds: number;
	mustShow: PointMark[];
	depth: PointMark[];
	redFlags: boolean[];
	greenFlags: boolean[];
	notes: SessionNote[];
}

export type PointKind = 'mustShow' | 'depth';
export type FlagKind = 'redFlags' | 'greenFlags';

export interface SessionKit {
	scorecard: string;
	stage: number | 'custom';
	minutes: number;
	items: KitItem[];
}

export interface SessionState {
	format: typeof SESSION_FORMAT;
	version: typeof SESSION_VERSION;
	kit: SessionKit;
	/** Empty unless the interviewer types one: the session holds no name by itself. */
	candidate: string;
	interviewer: string;
	/** Index into kit.items of the question on screen. */
	current: number;
	/** Epoch milliseconds since the current question's clock has been running, or null when paused. */
	runningSince: number | null;
	/** Question id → evidence; a prototype-free map. */
	questions: Record<string, QuestionEvidence>;
}

/** What a state is checked against: the bank's questions and each scorecard's stages (their minutes). */
export interface SessionContext {
	questions: ReadonlyMap<string, SessionQuestion>;
	stages: ReadonlyMap<string, readonly number[]>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export function emptyEvidence(q: SessionQuestion): QuestionEvidence {
	const marks = (n: number) => Array.from({ length: n }, () => ({ shown: false, hinted: false }));
	return {
		asked: false,
		seconds: 0,
		mustShow: marks(q.mustShow.length),
		depth: marks(q.depth.length),
		redFlags: q.redFlags.map(() => false),
		greenFlags: q.greenFlags.map(() => false),
		notes: [],
	};
}

export function newSession(kit: SessionKit, bank: ReadonlyMap<string, SessionQuestion>): SessionState {
	return {
		format: SESSION_FORMAT,
		version: SESSION_VERSION,
		kit: { ...kit, items: kit.items.map((i) => ({ ...i })) },
		candidate: '',
		interviewer: '',
		current: 0,
		runningSince: null,
		questions: recordFrom(kit.items.flatMap((i) => (bank.has(i.id) ? [[i.id, emptyEvidence(bank.get(i.id)!)]] : []))),
	};
}

/** Whether a stored session belongs to this kit (same scorecard, stage, minutes and questions in order). */
export function sameKit(a: SessionKit, b: SessionKit): boolean {
	return (
		a.scorecard === b.scorecard &&
		a.stage === b.stage &&
		a.minutes === b.minutes &&
		a.items.length === b.items.length &&
		a.items.every((x, i) => x.id === b.items[i]!.id && x.variation === b.items[i]!.variation)
	);
}

/**
 * The kit a "Start interview" link names, checked against the handbook: an unknown scorecard or a
 * link without questions is refused; an unknown question or variation is dropped with a message.
 */
export function kitFromLink(
	{ link, problems }: ParsedKitLink,
	ctx: SessionContext,
): Parsed<{ kit: SessionKit; problems: string[] }> {
	const messages = [...problems];
	const stages = link.scorecard === undefined ? undefined : ctx.stages.get(link.scorecard);
	if (!link.scorecard || !stages) return fail(`The link names no scorecard of this handbook, so it opens no kit`);
	let stage = link.stage ?? 0;
	if (typeof stage === 'number' && stages[stage] === undefined) {
		messages.push(`This scorecard has no stage ${stage + 1}; the session uses its first stage.`);
		stage = 0;
	}
	const items: KitItem[] = [];
	for (const item of link.items ?? []) {
		const q = ctx.questions.get(item.id);
		if (!q) messages.push(`The question "${item.id}" is not in the bank, so the session leaves it out.`);
		else if (item.variation > q.variations.length) {
			messages.push(`"${q.title}" has no variation ${item.variation}; its main prompt is used.`);
			items.push({ id: q.id, variation: 0 });
		} else items.push(item);
	}
	if (items.length === 0) return fail('The link lists no question of this handbook, so there is nothing to ask');
	const minutes = link.minutes ?? (stage === 'custom' ? CUSTOM_STAGE.minutes : stages[stage]!);
	return { ok: true, value: { kit: { scorecard: link.scorecard, stage, minutes, items }, problems: messages } };
}

/** What the page does on opening: show a session, ask before replacing a saved one, or neither. */
export interface StartPlan {
	use: SessionState | null;
	/** A saved session (null when unreadable) stands in the way of the link's kit (null when none). */
	conflict: { saved: SessionState | null; incoming: SessionState | null } | null;
	messages: string[];
}

/** Decides from the link (a query string) and the stored session; saved work is never replaced unasked. */
export function planStart(search: string, stored: Parsed<SessionState> | null, ctx: SessionContext): StartPlan {
	const fromLink = new URLSearchParams(search).has('scorecard') ? kitFromLink(parseSearch(search), ctx) : null;
	const messages: string[] = [];
	if (fromLink && !fromLink.ok) messages.push(`${fromLink.error}.`);
	if (fromLink?.ok) messages.push(...fromLink.value.problems);
	if (stored && !stored.ok) messages.push(`The session saved in this browser cannot be used. ${stored.error}`);
	const kit = fromLink?.ok ? fromLink.value.kit : null;
	const saved = stored?.ok ? stored.value : null;
	const none = { use: null, conflict: null, messages };
	if (saved && (!kit || sameKit(saved.kit, kit))) return { ...none, use: saved };
	const incoming = kit ? newSession(kit, ctx.questions) : null;
	if (stored) return { ...none, conflict: { saved, incoming } };
	if (incoming) return { ...none, use: incoming };
	messages.push('No session is saved in this browser. Build a kit, then choose “Start interview”.');
	return none;
}

// ---- clocks ---------------------------------------------------------------------------------

function running(state: SessionState, now: number): number {
	if (state.runningSince === null) return 0;
	return Math.min(MAX_SECONDS, Math.max(0, Math.floor((now - state.runningSince) / 1000)));
}

/** Seconds on a question's clock at `now`, including the run in progress. */
export function questionSeconds(state: SessionState, index: number, now: number): number {
	const item = state.kit.items[index];
	const base = item ? (state.questions[item.id]?.seconds ?? 0) : 0;
	return Math.min(MAX_SECONDS, base + (index === state.current ? running(state, now) : 0));
}

/** Seconds on the stage clock: the sum of every question's clock. */
export function stageSeconds(state: SessionState, now: number): number {
	return Math.min(
		MAX_SECONDS,
		state.kit.items.reduce((sum, _, i) => sum + questionSeconds(state, i, now), 0),
	);
}

/** "Stage 12:03 of 60:00", with "(over time)" once past the minutes. */
export function clockText(label: string, seconds: number, minutes: number): string {
	return `${label} ${formatClock(seconds)} of ${minutes}:00${seconds > minutes * 60 ? ' (over time)' : ''}`;
}

/** "4:07", or "1:02:03" past an hour. */
export function formatClock(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

// ---- changes (each returns a new state) ----------------------------------------------------------

function withQuestion(
	state: SessionState,
	id: string,
	change: (e: QuestionEvidence) => QuestionEvidence,
): SessionState {
	const evidence = state.questions[id];
	if (!evidence) return state;
	return { ...state, questions: recordFrom([...Object.entries(state.questions), [id, change(evidence)] as const]) };
}

/** Stops the clock, folding the run in progress into the current question. */
export function pause(state: SessionState, now: number): SessionState {
	if (state.runningSince === null) return state;
	const id = state.kit.items[state.current]?.id;
	const seconds = questionSeconds(state, state.current, now);
	const paused = { ...state, runningSince: null };
	return id ? withQuestion(paused, id, (e) => ({ ...e, seconds })) : paused;
}

export function resume(state: SessionState, now: number): SessionState {
	if (state.runningSince !== null) return state;
	const id = state.kit.items[state.current]?.id;
	const started = { ...state, runningSince: now };
	return id ? withQuestion(started, id, (e) => ({ ...e, asked: true })) : started;
}

/** Moves to another question; a running clock moves with it. */
export function goTo(state: SessionState, index: number, now: number): SessionState {
	if (index < 0 || index >= state.kit.items.length || index === state.current) return state;
	const wasRunning = state.runningSince !== null;
	const moved = { ...pause(state, now), current: index };
	return wasRunning ? resume(moved, now) : moved;
}

const asked = (e: QuestionEvidence) => ({ ...e, asked: true });

export function togglePoint(state: SessionState, id: string, kind: PointKind, index: number, field: keyof PointMark) {
	return withQuestion(state, id, (e) =>
		asked({ ...e, [kind]: e[kind].map((m, i) => (i === index ? { ...m, [field]: !m[field] } : m)) }),
	);
}

export function toggleFlag(state: SessionState, id: string, kind: FlagKind, index: number): SessionState {
	return withQuestion(state, id, (e) => asked({ ...e, [kind]: e[kind].map((f, i) => (i === index ? !f : f)) }));
}

export function setAsked(state: SessionState, id: string, value: boolean): SessionState {
	return withQuestion(state, id, (e) => ({ ...e, asked: value }));
}

/** Adds a note stamped with the question's and the stage's minute; empty text changes nothing. */
export function addNote(state: SessionState, id: string, text: string, now: number): SessionState {
	const clean = text.trim().slice(0, MAX_NOTE);
	const index = state.kit.items.findIndex((i) => i.id === id);
	if (clean === '' || index < 0) return state;
	const note = {
		text: clean,
		minute: Math.floor(questionSeconds(state, index, now) / 60),
		stageMinute: Math.floor(stageSeconds(state, now) / 60),
	};
	return withQuestion(state, id, (e) => (e.notes.length >= MAX_NOTES ? e : asked({ ...e, notes: [...e.notes, note] })));
}

export function removeNote(state: SessionState, id: string, index: number): SessionState {
	return withQuestion(state, id, (e) => ({ ...e, notes: e.notes.filter((_, i) => i !== index) }));
}

// ---- validation of untrusted values ---------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => {
	if (v === null) return 'null';
	if (v === undefined) return 'missing';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'string') return `the text "${v.slice(0, 30)}${v.length > 30 ? '…' : ''}"`;
	if (typeof v === 'object') return 'an object';
	return `${typeof v} ${String(v).slice(0, 20)}`;
};
const wholeNumber = (v: unknown, min: number, max: number): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function parseText(v: unknown, field: string, max: number): Parsed<string> {
	if (v === undefined) return { ok: true, value: '' };
	if (typeof v !== 'string') return fail(`${field} is ${describe(v)}; expected text`);
	if (v.length > max) return fail(`${field} is ${v.length} characters long; expected at most ${max}`);
	return { ok: true, value: v };
}

function parseKit(v: unknown, ctx: SessionContext): Parsed<SessionKit> {
	if (!isObject(v)) return fail(`kit is ${describe(v)}; expected an object with scorecard, stage, minutes and items`);
	const { scorecard, stage, minutes, items } = v;
	if (typeof scorecard !== 'string' || !ENTRY_ID.test(scorecard))
		return fail(`kit.scorecard is ${describe(scorecard)}; expected a scorecard id`);
	const stages = ctx.stages.get(scorecard)?.length;
	if (stages === undefined) return fail(`kit.scorecard "${scorecard}" is not a scorecard in this handbook`);
	if (stage !== 'custom' && !wholeNumber(stage, 0, stages - 1))
		return fail(`kit.stage is ${describe(stage)}; expected "custom" or a stage number from 0 to ${stages - 1}`);
	if (!wholeNumber(minutes, MIN_MINUTES, MAX_MINUTES))
		return fail(`kit.minutes is ${describe(minutes)}; expected a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}`);
	if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS)
		return fail(`kit.items is ${describe(items)}; expected a list of 1 to ${MAX_ITEMS} questions`);
	const out: KitItem[] = [];
	for (const [i, item] of items.entries()) {
		const field = `kit.items[${i}]`;
		if (!isObject(item) || typeof item['id'] !== 'string' || !ENTRY_ID.test(item['id']))
			return fail(`${field} is ${describe(item)}; expected { "id": a question id, "variation": a number }`);
		const q = ctx.questions.get(item['id']);
		if (!q) return fail(`${field}.id "${item['id']}" is not a question in this handbook`);
		if (out.some((o) => o.id === q.id)) return fail(`${field}.id "${q.id}" is repeated; expected each question once`);
		const variation = item['variation'] ?? 0;
		if (!wholeNumber(variation, 0, q.variations.length))
			return fail(
				`${field}.variation is ${describe(variation)}; expected 0 (the main prompt) to ${q.variations.length}`,
			);
		out.push({ id: q.id, variation });
	}
	return { ok: true, value: { scorecard, stage, minutes, items: out } };
}

function parseMarks(v: unknown, field: string, n: number): Parsed<PointMark[]> {
	if (!Array.isArray(v) || v.length !== n) return fail(`${field} is ${describe(v)}; expected a list of ${n} points`);
	const out: PointMark[] = [];
	for (const [i, m] of v.entries()) {
		if (!isObject(m) || typeof m['shown'] !== 'boolean' || typeof m['hinted'] !== 'boolean')
			return fail(`${field}[${i}] is ${describe(m)}; expected { "shown": true or false, "hinted": true or false }`);
		out.push({ shown: m['shown'], hinted: m['hinted'] });
	}
	return { ok: true, value: out };
}

function parseFlags(v: unknown, field: string, n: number): Parsed<boolean[]> {
	if (!Array.isArray(v) || v.length !== n || !v.every((f) => typeof f === 'boolean'))
		return fail(`${field} is ${describe(v)}; expected a list of ${n} true or false values`);
	return { ok: true, value: [...(v as boolean[])] };
}

function parseNotes(v: unknown, field: string): Parsed<SessionNote[]> {
	if (!Array.isArray(v) || v.length > MAX_NOTES)
		return fail(`${field} is ${describe(v)}; expected a list of at most ${MAX_NOTES} notes`);
	const out: SessionNote[] = [];
	const minutes = MAX_SECONDS / 60;
	for (const [i, n] of v.entries()) {
		if (!isObject(n)) return fail(`${field}[${i}] is ${describe(n)}; expected { "text", "minute", "stageMinute" }`);
		const text = parseText(n['text'], `${field}[${i}].text`, MAX_NOTE);
		if (!text.ok) return text;
		for (const key of ['minute', 'stageMinute'] as const)
			if (!wholeNumber(n[key], 0, minutes))
				return fail(`${field}[${i}].${key} is ${describe(n[key])}; expected a whole number from 0 to ${minutes}`);
		out.push({ text: text.value, minute: n['minute'] as number, stageMinute: n['stageMinute'] as number });
	}
	return { ok: true, value: out };
}

function parseEvidence(v: unknown, q: SessionQuestion): Parsed<QuestionEvidence> {
	const field = `questions["${q.id}"]`;
	if (!isObject(v)) return fail(`${field} is ${describe(v)}; expected an object`);
	if (typeof v['asked'] !== 'boolean') return fail(`${field}.asked is ${describe(v['asked'])}; expected true or false`);
	if (!wholeNumber(v['seconds'], 0, MAX_SECONDS))
		return fail(`${field}.seconds is ${describe(v['seconds'])}; expected a whole number from 0 to ${MAX_SECONDS}`);
	const mustShow = parseMarks(v['mustShow'], `${field}.mustShow`, q.mustShow.length);
	if (!mustShow.ok) return mustShow;
	const depth = parseMarks(v['depth'], `${field}.depth`, q.depth.length);
	if (!depth.ok) return depth;
	const redFlags = parseFlags(v['redFlags'], `${field}.redFlags`, q.redFlags.length);
	if (!redFlags.ok) return redFlags;
	const greenFlags = parseFlags(v['greenFlags'], `${field}.greenFlags`, q.greenFlags.length);
	if (!greenFlags.ok) return greenFlags;
	const notes = parseNotes(v['notes'], `${field}.notes`);
	if (!notes.ok) return notes;
	return {
		ok: true,
		value: {
			asked: v['asked'],
			seconds: v['seconds'],
			mustShow: mustShow.value,
			depth: depth.value,
			redFlags: redFlags.value,
			greenFlags: greenFlags.value,
			notes: notes.value,
		},
	};
}

/** Validates a plain object as a session (imports and storage alike), against the handbook's bank. */
export function parseSession(v: unknown, ctx: SessionContext): Parsed<SessionState> {
	if (!isObject(v)) return fail(`the session is ${describe(v)}; expected a JSON object`);
	if (v['format'] !== SESSION_FORMAT)
		return fail(`format is ${describe(v['format'])}; expected "${SESSION_FORMAT}" (an interview session export)`);
	if (v['version'] !== SESSION_VERSION)
		return fail(`version is ${describe(v['version'])}; this page reads version ${SESSION_VERSION}`);
	const kit = parseKit(v['kit'], ctx);
	if (!kit.ok) return kit;
	const candidate = parseText(v['candidate'], 'candidate', MAX_NAME);
	if (!candidate.ok) return candidate;
	const interviewer = parseText(v['interviewer'], 'interviewer', MAX_NAME);
	if (!interviewer.ok) return interviewer;
	const items = kit.value.items;
	if (!wholeNumber(v['current'], 0, items.length - 1))
		return fail(`current is ${describe(v['current'])}; expected a question number from 0 to ${items.length - 1}`);
	const since = v['runningSince'] ?? null;
	if (since !== null && !wholeNumber(since, 0, Number.MAX_SAFE_INTEGER))
		return fail(`runningSince is ${describe(since)}; expected null or a time in milliseconds`);
	const raw = v['questions'];
	if (!isObject(raw)) return fail(`questions is ${describe(raw)}; expected an object keyed by question id`);
	const questions = blankRecord<QuestionEvidence>();
	for (const key of Object.keys(raw))
		if (!items.some((i) => i.id === key))
			return fail(`questions has "${key.slice(0, 60)}", which is not a question of the kit`);
	for (const item of items) {
		const evidence = parseEvidence(raw[item.id], ctx.questions.get(item.id)!);
		if (!evidence.ok) return evidence;
		questions[item.id] = evidence.value;
	}
	return {
		ok: true,
		value: {
			format: SESSION_FORMAT,
			version: SESSION_VERSION,
			kit: kit.value,
			candidate: candidate.value,
			interviewer: interviewer.value,
			current: v['current'],
			runningSince: since,
			questions,
		},
	};
}

/** Parses an exported file or a stored value (text); the message says what to do. */
export function parseSessionText(text: string, ctx: SessionContext): Parsed<SessionState> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return fail('This is not JSON. Choose the .json file that the interview session exported.');
	}
	const parsed = parseSession(raw, ctx);
	return parsed.ok ? parsed : fail(`This session cannot be read: ${parsed.error.replace(/\.+$/, '')}.`);
}

export function toSessionJson(state: SessionState): string {
	return `${JSON.stringify(state, null, 2)}\n`;
}
