/**
 * Where each tool keeps its state in localStorage. Every tool has its own prefix, so one tool's
 * "clear" never empties another's (the calculator's prefix once covered the panel's key too).
 */
import { ENTRY_ID } from './taxonomy.ts';

/** One key per scorecard: the calculator's ratings, notes and names for it. */
export const CALCULATOR_PREFIX = 'handbook:calculator:card:';
/** The panel's imported exports. */
export const PANEL_KEY = 'handbook:panel:exports';

export const calculatorKey = (scorecard: string) => `${CALCULATOR_PREFIX}${scorecard}`;

const OLD_CALCULATOR_PREFIX = 'handbook:calculator:';
const OLD_PANEL_KEY = 'handbook:calculator:panel';

/**
 * The keys earlier versions wrote, and where their values now belong: saved work is moved, not
 * lost. A key already written under the new name is never overwritten; the old one is then
 * stale (`to: null`) and removed, so a later clear cannot be undone by an old key moving in.
 */
export function legacyMoves(keys: readonly string[]): { from: string; to: string | null }[] {
	const present = new Set(keys);
	const moves: { from: string; to: string | null }[] = [];
	for (const key of keys) {
		let to: string | null = null;
		if (key === OLD_PANEL_KEY) to = PANEL_KEY;
		else if (key.startsWith(OLD_CALCULATOR_PREFIX) && !key.startsWith(CALCULATOR_PREFIX)) {
			const id = key.slice(OLD_CALCULATOR_PREFIX.length);
			if (id === 'custom' || ENTRY_ID.test(id)) to = calculatorKey(id);
		}
		if (to !== null) moves.push({ from: key, to: present.has(to) ? null : to });
	}
	return moves;
}
