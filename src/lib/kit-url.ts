/**
 * A kit as a link: `?scorecard=ID&stage=N&minutes=M&q=id,id~2`. `stage` is an index into the
 * scorecard's loop or `custom`; `~2` picks a question's second variation. Parsing keeps what it
 * can and reports what it had to drop, so an old link still opens.
 */
import {
	questionWarnings,
	stageMinutes,
	type KitItem,
	type KitQuestion,
	type KitScorecard,
	type KitStage,
} from './kit.ts';
import { ENTRY_ID } from './taxonomy.ts';

export interface KitLink {
	scorecard: string;
	/** Index of the stage in the scorecard's loop, or "custom" for one stage with every weighted competency. */
	stage: KitStage;
	minutes: number;
	/** Null until the interviewer edits the proposal; then the exact list of questions. */
	items: KitItem[] | null;
}

const ID = ENTRY_ID;
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 240;
/** More questions than this never fit a stage of MAX_MINUTES; a longer list is a forged link. */
export const MAX_ITEMS = 24;

export function toSearch(link: KitLink): string {
	const params = new URLSearchParams({
		scorecard: link.scorecard,
		stage: String(link.stage),
		minutes: String(link.minutes),
	});
	if (link.items) params.set('q', link.items.map((i) => (i.variation > 0 ? `${i.id}~${i.variation}` : i.id)).join(','));
	return `?${params.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~')}`;
}

/** A value quoted in a message: at most 60 characters, so a forged link cannot flood the page. */
export function clip(value: string, max = 60): string {
	return value.length > max ? `${value.slice(0, max)}…` : value;
}

export interface ParsedKitLink {
	link: Partial<KitLink> & { items: KitItem[] | null };
	problems: string[];
}

export function parseSearch(search: string): ParsedKitLink {
	const params = new URLSearchParams(search);
	const problems: string[] = [];
	const link: ParsedKitLink['link'] = { items: null };
	const scorecard = params.get('scorecard');
	if (scorecard !== null) {
		if (ID.test(scorecard)) link.scorecard = scorecard;
		else problems.push('The link’s scorecard id is malformed, so no scorecard is selected.');
	}
	const stage = params.get('stage');
	if (stage !== null) {
		if (stage === 'custom') link.stage = 'custom';
		else if (/^\d{1,2}$/.test(stage)) link.stage = Number(stage);
		else problems.push(`The link’s stage "${stage.slice(0, 20)}" is not a stage number; the first stage is shown.`);
	}
	const minutes = params.get('minutes');
	if (minutes !== null) {
		// Digits only: Number() would also read "0x3c", " 60", "6e1" and "+60" as 60.
		const n = /^\d{1,3}$/.test(minutes) ? Number(minutes) : NaN;
		if (n >= MIN_MINUTES && n <= MAX_MINUTES) link.minutes = n;
		else
			problems.push(
				`The link’s minutes "${minutes.slice(0, 20)}" are not a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}; the stage’s own length is used.`,
			);
	}
	const q = params.get('q');
	if (q !== null) {
		link.items = [];
		const seen = new Set<string>();
		const parts = q.split(',').filter((p) => p !== '');
		if (parts.length > MAX_ITEMS)
			problems.push(`The link lists ${parts.length} questions; only the first ${MAX_ITEMS} are read.`);
		for (const part of parts.slice(0, MAX_ITEMS)) {
			const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:~(\d{1,2}))?$/.exec(part);
			if (!match || seen.has(match[1]!)) {
				problems.push(`Dropped "${part.slice(0, 40)}" from the link: it is not a question id, or it is repeated.`);
				continue;
			}
			seen.add(match[1]!);
			link.items.push({ id: match[1]!, variation: Number(match[2] ?? 0) });
		}
	}
	return { link, problems };
}

/** A link resolved against the handbook: the kit to show and every message about what changed. */
export interface ResolvedKitLink {
	link: KitLink;
	/** The questions to show; the proposal when the link lists none. */
	items: KitItem[];
	messages: string[];
}

/**
 * Resolves a parsed link against the handbook's scorecards and bank: an unknown scorecard or
 * stage falls back to the first, with a message; an unknown question is refused with a message; a
 * variation the question does not have falls back to the main prompt. A retired or off-level
 * question stays, because the link's author chose it, and is counted here and warned about on
 * its card (questionWarnings). Null when there is no scorecard at all.
 */
export function resolveKitLink(
	{ link, problems }: ParsedKitLink,
	cards: readonly KitScorecard[],
	bank: readonly KitQuestion[],
	propose: (card: KitScorecard, stage: KitStage, minutes: number) => string[],
): ResolvedKitLink | null {
	const messages = [...problems];
	const found = cards.find((c) => c.id === link.scorecard);
	const card = found ?? cards[0];
	if (!card) return null;
	if (link.scorecard !== undefined && !found)
		messages.push(
			`There is no scorecard "${clip(link.scorecard)}" in this handbook (it may have been renamed); showing "${card.title}".`,
		);
	// A scorecard with no loop has only the custom stage.
	const first: KitStage = card.stages.length > 0 ? 0 : 'custom';
	let stage: KitStage = link.stage ?? first;
	if (typeof stage === 'number' && !card.stages[stage]) {
		messages.push(
			`This scorecard has no stage ${stage + 1}; showing ${first === 0 ? 'its first stage' : 'a custom stage'}.`,
		);
		stage = first;
	}
	const minutes = link.minutes ?? stageMinutes(card, stage);
	const resolved: KitLink = { scorecard: card.id, stage, minutes, items: null };
	if (!link.items)
		return { link: resolved, items: propose(card, stage, minutes).map((id) => ({ id, variation: 0 })), messages };

	const byId = new Map(bank.map((q) => [q.id, q]));
	const items: KitItem[] = [];
	let flagged = 0;
	for (const item of link.items) {
		const q = byId.get(item.id);
		if (!q) {
			messages.push(
				`The question "${clip(item.id)}" is not in the bank (it may have been renamed or removed), so it was left out of the kit.`,
			);
			continue;
		}
		if (item.variation > q.variations.length)
			messages.push(`"${q.title}" has no variation ${item.variation}; its main prompt is used.`);
		if (questionWarnings(q, card.level).length > 0) flagged++;
		items.push({ id: q.id, variation: item.variation <= q.variations.length ? item.variation : 0 });
	}
	if (flagged > 0)
		messages.push(
			`${flagged} question${flagged === 1 ? '' : 's'} in this link would not be proposed for a ${card.level} kit (retired, or pitched at other levels); each says why on its card.`,
		);
	resolved.items = items;
	return { link: resolved, items, messages };
}
