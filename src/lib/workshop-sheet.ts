/**
 * The workshop's rating sheet as data: reading it back from this browser's storage and from
 * ratings pasted in from a chat or a spreadsheet. Both are untrusted text, checked field by field;
 * whatever cannot be used is reported, never silently dropped.
 */
import { isRating, RATINGS, type Rating } from './rating-scale.ts';
import type { WorkshopRater, WorkshopSample } from './calibration-stats.ts';

/** The browser storage key; the workshop's "Clear the sheet" removes exactly this key. */
export const WORKSHOP_STORAGE_KEY = 'handbook:calibration-workshop:v1';
export const MAX_RATERS = 30;
export const MAX_NAME = 60;
/** Pasted text longer than this is refused whole: a sheet of 30 raters is a few kilobytes. */
export const MAX_PASTE = 20_000;
/** Written in a pasted line for a sample the rater did not rate. */
export const NOT_RATED = '-';
/** The ratings as a pasted cell spells them: exactly "1" to "4" (not "3.0", " 0x3" or "٣"). */
const RATING_TEXT: readonly string[] = RATINGS.map(String);

export interface SheetRead {
	raters: WorkshopRater[];
	problems: string[];
}

/** A name as text a person typed: invisible characters out, spaces collapsed, at most MAX_NAME. */
export function cleanName(name: string): string {
	return (
		name
			// Control and format characters (NUL, bidi overrides, zero-width spaces) become spaces.
			.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, MAX_NAME)
			.trim()
	);
}

/** A default name for the rater in column `index` (0-based). */
export const raterName = (index: number) => `Rater ${index + 1}`;

export function serialiseSheet(raters: readonly WorkshopRater[]): string {
	return JSON.stringify(raters.map((r) => ({ name: r.name, ratings: r.ratings })));
}

/** Reads the stored sheet: null storage is an empty sheet; anything odd is named in `problems`. */
export function parseStoredSheet(raw: string | null, samples: readonly WorkshopSample[]): SheetRead {
	if (raw === null) return { raters: [], problems: [] };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { raters: [], problems: ['The sheet saved in this browser is not readable, so a new sheet is started.'] };
	}
	if (!Array.isArray(value))
		return {
			raters: [],
			problems: ['The sheet saved in this browser is not a list of raters, so a new sheet is started.'],
		};
	const problems: string[] = [];
	if (value.length > MAX_RATERS)
		problems.push(`The saved sheet has ${value.length} raters; the first ${MAX_RATERS} are kept.`);
	const ids = new Set(samples.map((s) => s.id));
	let skipped = 0;
	let dropped = 0;
	const raters = value.slice(0, MAX_RATERS).flatMap((r: unknown, i): WorkshopRater[] => {
		// Destructuring a number, a string or a list gives no name, so only null needs a guard.
		const { name, ratings } = (r ?? {}) as { name?: unknown; ratings?: unknown };
		if (typeof name !== 'string' || typeof ratings !== 'object' || ratings === null || Array.isArray(ratings))
			return (skipped++, []);
		const clean: Record<string, Rating> = {};
		for (const [id, rating] of Object.entries(ratings)) {
			if (ids.has(id) && isRating(rating)) clean[id] = rating;
			else dropped++;
		}
		return [{ name: cleanName(name) || raterName(i), ratings: clean }];
	});
	if (skipped > 0)
		problems.push(`${skipped} saved rater${skipped === 1 ? ' was' : 's were'} not in a readable form and left out.`);
	if (dropped > 0)
		problems.push(
			`${dropped} saved rating${dropped === 1 ? ' was' : 's were'} not a rating from 1 to 4 of a sample on this page and left out.`,
		);
	return { raters, problems };
}

/**
 * Raters pasted as text, one per line: a name, a colon or a tab, then one rating per sample in
 * the sheet's order ("Ana: 3, 2, -, 4"; from a spreadsheet, tab-separated cells, an empty cell
 * for not rated). A line with any bad cell is refused whole, with its line number.
 */
export function parsePastedRatings(text: string, samples: readonly WorkshopSample[], room = MAX_RATERS): SheetRead {
	if (text.length > MAX_PASTE)
		return { raters: [], problems: [`The pasted text is ${text.length} characters; at most ${MAX_PASTE} are read.`] };
	const problems: string[] = [];
	const raters: WorkshopRater[] = [];
	const lines = text.split(/\r\n|\r|\n/);
	for (const [i, line] of lines.entries()) {
		if (line.trim() === '') continue;
		const read = readLine(line, samples);
		const where = `Line ${i + 1}`;
		if (typeof read === 'string') problems.push(`${where}${read}`);
		else if (raters.length >= room)
			problems.push(`${where} (${read.name}): the sheet is full (it holds at most ${MAX_RATERS} raters).`);
		else raters.push(read);
	}

	if (raters.length === 0 && problems.length === 0) problems.push('Nothing was pasted: paste one rater per line.');
	return { raters, problems };
}

/** One pasted line as a rater, or the problem with it (to follow "Line N"). */
function readLine(line: string, samples: readonly WorkshopSample[]): WorkshopRater | string {
	const split = line.includes('\t') ? splitTabbed(line) : splitColon(line);
	if (!split) return ': expected a name, a colon, then the ratings, as in "Ana: 3, 2, -, 4".';
	const name = cleanName(split.name);
	if (name === '') return ': the name before the ratings is empty.';
	const count = split.cells.length;
	if (count !== samples.length)
		return ` (${name}): ${count} rating${count === 1 ? '' : 's'} for ${samples.length} samples; give one per sample in the sheet's order, ${NOT_RATED} for not rated.`;
	const bad = split.cells.find((c) => c !== NOT_RATED && !RATING_TEXT.includes(c));
	if (bad !== undefined)
		return ` (${name}): "${bad.slice(0, 20)}" is not a rating; expected ${RATINGS.join(', ')} or ${NOT_RATED}.`;
	const ratings: Record<string, Rating> = {};
	split.cells.forEach((c, j) => {
		const n = Number(c);
		if (isRating(n)) ratings[samples[j]!.id] = n;
	});
	return { name, ratings };
}

function splitColon(line: string): { name: string; cells: string[] } | null {
	const colon = line.lastIndexOf(':');
	if (colon < 0) return null;
	const cells = line
		.slice(colon + 1)
		.split(/[\s,;]+/)
		.filter((c) => c !== '');
	return { name: line.slice(0, colon), cells };
}

function splitTabbed(line: string): { name: string; cells: string[] } {
	// split() always yields at least one part: the name.
	const [name, ...cells] = line.split('\t').map((c) => c.trim());
	return { name: name!, cells: cells.map((c) => (c === '' ? NOT_RATED : c)) };
}

/** A new sheet: two unnamed raters, so the table has columns to fill in. */
export function newSheet(): WorkshopRater[] {
	return [0, 1].map((i) => ({ name: raterName(i), ratings: {} }));
}

/** True when no rater has a rating or a name of their own: pasted raters replace such a sheet. */
export function isBlankSheet(raters: readonly WorkshopRater[]): boolean {
	return raters.every((r, i) => Object.keys(r.ratings).length === 0 && r.name === raterName(i));
}
