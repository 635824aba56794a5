/** Small DOM helpers shared by the tools. Text is always set as text, never parsed as HTML. */

export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string | null,
	attrs: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined && text !== null) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
	return node;
}

/** Reads a JSON data island rendered by the server (`<script type="application/json" data-x>`). */
export function readIsland<T>(root: ParentNode, selector: string): T {
	return JSON.parse(root.querySelector(selector)?.textContent ?? 'null') as T;
}

export function download(filename: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = el('a', null, { href: url, download: filename });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; resolves false when the browser refuses (no permission, insecure context). */
export async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

export function storageGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

export function storageSet(key: string, value: string): boolean {
	try {
		localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

export function storageRemove(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Storage disabled: nothing to remove.
	}
}

/** Applies key moves (see src/lib/storage-keys.ts): each value moves, or a stale key (to null) goes. */
export function storageMove(plan: (keys: readonly string[]) => { from: string; to: string | null }[]): void {
	let keys: string[];
	try {
		keys = Object.keys(localStorage);
	} catch {
		return;
	}
	for (const { from, to } of plan(keys)) {
		const value = storageGet(from);
		if (to !== null && value !== null && !storageSet(to, value)) continue;
		storageRemove(from);
	}
}

export function storageRemoveByPrefix(prefix: string): number {
	let removed = 0;
	try {
		for (const key of Object.keys(localStorage)) {
			if (key.startsWith(prefix)) {
				localStorage.removeItem(key);
				removed++;
			}
		}
	} catch {
		// Storage disabled: there was nothing to clear.
	}
	return removed;
}

/** Appends text to a node, turning `backticked` runs into <code>, as pages do for frontmatter. */
export function appendInline(
	node: HTMLElement,
	text: string,
	runs: (t: string) => { text: string; code: boolean }[],
): HTMLElement {
	for (const run of runs(text)) node.append(run.code ? el('code', run.text) : document.createTextNode(run.text));
	return node;
}
