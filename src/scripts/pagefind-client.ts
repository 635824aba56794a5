/** Loads Pagefind's own search library from the built site, once, and only when asked. */

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindSearch {
	results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(base: string): Promise<Pagefind> {
	loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
		// noWorker: Pagefind's worker script would cost a second download of its search code (12 KB
		// gzipped) for a few milliseconds of work per query that the main thread does unnoticed.
		await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
		await pagefind.init();
		return pagefind;
	});
	loading.catch(() => {
		loading = null; // let a later focus try again
	});
	return loading;
}
