/**
 * The session's keyboard shortcuts: listed on the page from this table and handled by the element
 * from it, so the list and the behaviour cannot drift apart.
 */
export type ShortcutAction = 'next' | 'prev' | 'down' | 'up' | 'tick' | 'hint' | 'clock' | 'note';

export const SHORTCUTS: readonly { keys: string; key: readonly string[]; action: ShortcutAction; does: string }[] = [
	{ keys: 'N', key: ['n'], action: 'next', does: 'Next question' },
	{ keys: 'P', key: ['p'], action: 'prev', does: 'Previous question' },
	{ keys: 'J', key: ['j'], action: 'down', does: 'Focus the next point or flag' },
	{ keys: 'K', key: ['k'], action: 'up', does: 'Focus the previous point or flag' },
	{ keys: 'Space or X', key: ['x'], action: 'tick', does: 'Tick or untick the focused point or flag' },
	{ keys: 'H', key: ['h'], action: 'hint', does: 'Mark “hint given” on the focused point' },
	{ keys: 'S', key: ['s'], action: 'clock', does: 'Start or pause the clock' },
	{ keys: 'W', key: ['w'], action: 'note', does: 'Write a note (Ctrl+Enter adds it)' },
];

/** The action for a key press, or null: never while typing, and never with a modifier held. */
export function shortcutFor(e: {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	target: EventTarget | null;
}): ShortcutAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const t = e.target as HTMLElement | null;
	if (t && (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName))) return null;
	if (t instanceof HTMLInputElement && t.type !== 'checkbox' && t.type !== 'radio') return null;
	const key = e.key.toLowerCase();
	return SHORTCUTS.find((s) => s.key.includes(key))?.action ?? null;
}
