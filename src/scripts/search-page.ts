/**
 * <search-page>: the full search at /search/, with facets. Its state lives in the URL
 * (?q=…&level=…), so a search can be shared and Back restores the previous one. Competencies
 * are filtered by id (a title can change; a shared link must not break) and shown by title.
 */
import {
	FACETS,
	countSearches,
	emptyFilters,
	facetOptions,
	idsForTitles,
	pagefindFilters,
	parseSearchState,
	searchTerm,
	toSearchParams,
	type Facet,
	type FacetOption,
	type SearchState,
} from '../lib/search-state.ts';
import { loadPagefind, type Pagefind, type PagefindSearch } from './pagefind-client.ts';
import { resultItem } from './search-result.ts';
import { el, readIsland } from './dom.ts';

const LABELS: Record<Facet, string> = { type: 'Type', competency: 'Competency', level: 'Level', format: 'Format' };
const PAGE = 20;

class SearchPage extends HTMLElement {
	#pagefind!: Pagefind;
	#state: SearchState = { query: '', filters: emptyFilters() };
	#ticket = 0;
	#search: PagefindSearch | null = null;
	#shown = 0;
	#loading = 0;
	#titles: Record<string, string> = {};
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	async connectedCallback(): Promise<void> {
		this.#q('[data-app]').hidden = false;
		this.#titles = readIsland<Record<string, string>>(this, '[data-competency-titles]') ?? {};
		try {
			this.#pagefind = await loadPagefind(this.dataset['base'] ?? '/', { worker: true });
			// Facet counts come with results only after the filter index has been loaded once.
			await this.#pagefind.filters();
		} catch {
			this.#q('[data-status]').textContent =
				'Search is not available here: the index is built by npm run build (it is absent under npm run dev).';
			return;
		}
		const input = this.#q<HTMLInputElement>('[data-query]');
		let timer: ReturnType<typeof setTimeout> | undefined;
		input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => this.#change({ ...this.#state, query: input.value }, 'replace'), 150);
		});
		this.#q('form').addEventListener('submit', (e) => {
			e.preventDefault();
			this.#change({ ...this.#state, query: input.value }, 'push');
		});
		this.#q('[data-facets]').addEventListener('change', (e) => {
			const box = e.target as HTMLInputElement;
			const facet = box.dataset['facet'] as Facet;
			const values = new Set(this.#state.filters[facet]);
			if (box.checked) values.add(box.value);
			else values.delete(box.value);
			this.#change({ ...this.#state, filters: { ...this.#state.filters, [facet]: [...values] } }, 'push');
		});
		this.#q('[data-more]').addEventListener('click', () => void this.#more());
		window.addEventListener('popstate', () => this.#load());
		this.#load();
	}

	#load(): void {
		const state = parseSearchState(location.search);
		const competency = idsForTitles(state.filters.competency, this.#titles);
		this.#state = { ...state, filters: { ...state.filters, competency } };
		// An old link that named competencies by title now reads, and is shared on, by id.
		if (competency.join() !== state.filters.competency.join())
			history.replaceState(null, '', `${location.pathname}${toSearchParams(this.#state)}`);
		this.#q<HTMLInputElement>('[data-query]').value = this.#state.query;
		void this.#run();
	}

	#change(state: SearchState, history_: 'push' | 'replace'): void {
		this.#state = state;
		const url = `${location.pathname}${toSearchParams(state)}`;
		if (history_ === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		void this.#run();
	}

	async #run(): Promise<void> {
		const ticket = ++this.#ticket;
		const { query, filters } = this.#state;
		const term = searchTerm(query) === '' ? null : searchTerm(query);
		const active = FACETS.some((f) => filters[f].length > 0);
		const [search, ...extra] = await Promise.all([
			this.#pagefind.search(term, { filters: pagefindFilters(filters) }),
			...countSearches(filters).map(async (c) => ({
				facet: c.facet,
				counts: (await this.#pagefind.search(term, { filters: c.filters }))?.filters[c.facet] ?? {},
			})),
		]);
		if (ticket !== this.#ticket) return;
		const counts = search?.filters ?? (await this.#pagefind.filters());
		const added = Object.fromEntries(extra.map((x) => [x.facet, x.counts]));
		this.#renderFacets(facetOptions(filters, search?.results.length ?? 0, counts, added));
		const list = this.#q('[data-results]');
		this.#search = search && (query.trim() !== '' || active) ? search : null;
		this.#shown = 0;
		list.replaceChildren();
		if (!this.#search) {
			this.#q('[data-more]').hidden = true;
			this.#q('[data-status]').textContent = 'Type a word or tick a filter to search the handbook.';
			return;
		}
		await this.#more(ticket);
	}

	/** Shows the next page of results; after the first page, focus moves to the first new one. */
	async #more(ticket = this.#ticket): Promise<void> {
		const search = this.#search;
		// One page at a time: a second press while one loads would add the same page twice.
		if (!search || this.#loading === ticket) return;
		this.#loading = ticket;
		const from = this.#shown;
		const data = await Promise.all(search.results.slice(from, from + PAGE).map((r) => r.data()));
		if (this.#loading === ticket) this.#loading = 0;
		if (ticket !== this.#ticket) return;
		const items = data.map(resultItem);
		this.#q('[data-results]').append(...items);
		this.#shown = from + items.length;
		const n = search.results.length;
		const query = this.#state.query.trim();
		const what = query === '' ? 'with these filters' : `for “${query}”`;
		this.#q('[data-status]').textContent =
			`${n} result${n === 1 ? '' : 's'} ${what}${n > this.#shown ? `; showing the first ${this.#shown}` : ''}.`;
		const more = this.#q<HTMLButtonElement>('[data-more]');
		more.hidden = this.#shown >= n;
		more.textContent = `Show ${Math.min(PAGE, n - this.#shown)} more`;
		if (from > 0) items[0]?.querySelector('a')?.focus();
	}

	#label(facet: Facet, o: FacetOption): string {
		return facet === 'competency' ? (this.#titles[o.value] ?? o.value) : o.value;
	}

	#renderFacets(options: Record<Facet, FacetOption[]>): void {
		const box = this.#q('[data-facets]');
		const focused =
			document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement)
				? document.activeElement.id
				: null;
		box.replaceChildren(
			...FACETS.map((facet) => {
				const fs = el('fieldset');
				fs.append(el('legend', LABELS[facet]));
				options[facet]
					.map((o) => ({ o, label: this.#label(facet, o) }))
					.sort((a, b) => a.label.localeCompare(b.label))
					.forEach(({ o, label }, i) => {
						const id = `facet-${facet}-${i}`;
						const input = el('input', null, { type: 'checkbox', id, value: o.value, 'data-facet': facet });
						input.checked = o.checked;
						input.disabled = o.disabled;
						const row = el('div', null, { class: 'facet' });
						row.append(input, el('label', `${label} (${o.count})`, { for: id }));
						fs.append(row);
					});
				return fs;
			}),
		);
		// Re-rendering must not lose the reader's place: return focus to the same checkbox.
		if (focused) document.getElementById(focused)?.focus();
	}
}

customElements.define('search-page', SearchPage);
