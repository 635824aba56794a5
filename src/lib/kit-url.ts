/**
 * A kit as a link: `?scorecard=ID&stage=N&minutes=M&q=id,id~2`. `stage` is an index into the
 * scorecard's loop or `custom`; `~2` picks a question's second variation. Parsing keeps what it
 * can and reports what it had to drop, so an old link still opens.
 */
import type { KitItem } from './kit.ts';
import { ENTRY_ID } from './taxonomy.ts';

export interface KitLink {
	scorecard: string;
	/** Index of the stage in the scorecard's loop, or "custom" for one stage with every weighted competency. */
	stage: number | 'custom';
	minutes: number;
	/** Null until the interviewer edits the proposal; then the exact list of questions. */
	items: KitItem[] | null;
}

const ID = ENTRY_ID;
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 240;

export function toSearch(link: KitLink): string {
	const params = new URLSearchParams({
		scorecard: link.scorecard,
		stage: String(link.stage),
		minutes: String(link.minutes),
	});
	if (link.items) params.set('q', link.items.map((i) => (i.variation > 0 ? `${i.id}~${i.variation}` : i.id)).join(','));
	return `?${params.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~')}`;
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
		const n = Number(minutes);
		if (Number.isInteger(n) && n >= MIN_MINUTES && n <= MAX_MINUTES) link.minutes = n;
		else
			problems.push(
				`The link’s minutes "${minutes.slice(0, 20)}" are not a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}; the stage’s own length is used.`,
			);
	}
	const q = params.get('q');
	if (q !== null) {
		link.items = [];
		const seen = new Set<string>();
		for (const part of q.split(',').filter((p) => p !== '')) {
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
