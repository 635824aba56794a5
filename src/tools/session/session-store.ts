/**
 * Where the session lives in the browser: one key under the session's own prefix, read back
 * through the same validation as an import. Storage may be disabled; every call copes.
 */
import type { SessionHandoff } from '../../lib/session-handoff.ts';
import { parseSessionText, type Parsed, type SessionContext, type SessionState } from '../../lib/session.ts';
import { HANDOFF_KEY, SESSION_KEY, SESSION_PREFIX } from '../../lib/storage-keys.ts';
import { storageGet, storageRemoveByPrefix, storageSet } from '../../scripts/dom.ts';

/** The stored session: null when there is none, else the parsed state or why it cannot be read. */
export function loadSession(ctx: SessionContext): Parsed<SessionState> | null {
	const text = storageGet(SESSION_KEY);
	return text === null ? null : parseSessionText(text, ctx);
}

export function saveSession(state: SessionState): boolean {
	return storageSet(SESSION_KEY, JSON.stringify(state));
}

export function saveHandoff(handoff: SessionHandoff): boolean {
	return storageSet(HANDOFF_KEY, JSON.stringify(handoff));
}

/** Removes everything the session tool stored; returns how many entries went. */
export function deleteSession(): number {
	return storageRemoveByPrefix(SESSION_PREFIX);
}
