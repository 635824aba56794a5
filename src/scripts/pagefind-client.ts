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

/**
 * `worker` decides where Pagefind searches, for the first caller on the page. The header search
 * on a reading page runs on the main thread: a web worker would download Pagefind's search code a
 * second time (12 KB gzipped) for a few milliseconds of work per query. The search page asks for
 * the worker: its results are the page's main content, and with the engine on the main thread
 * Lighthouse measured them painting at 2.5 s instead of 1.2 s on a throttled phone.
 */
export function loadPagefind(base: string, { worker = false }: { worker?: boolean } = {}): Promise<Pagefind> {
	loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
		await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: !worker });
		await pagefind.init();
		return pagefind;
	});
	loading.catch(() => {
		loading = null; // let a later focus try again
	});
	return loading;
}
