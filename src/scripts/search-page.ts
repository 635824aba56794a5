/**
 * <search-page>: the full search at /search/, with facets. Its state lives in the URL
 * (?q=…&level=…), so a search can be shared and Back restores the previous one.
 */
import {
	FACETS,
	emptyFilters,
	pagefindFilters,
	parseSearchState,
	toSearchParams,
	type Facet,
	type SearchState,
} from '../lib/search-state.ts';
import { loadPagefind, type Pagefind } from './pagefind-client.ts';
import { resultItem } from './search-result.ts';
import { el } from './dom.ts';

const LABELS: Record<Facet, string> = { type: 'Type', competency: 'Competency', level: 'Level', format: 'Format' };
const PAGE = 20;

class SearchPage extends HTMLElement {
	#pagefind!: Pagefind;
	#state: SearchState = { query: '', filters: emptyFilters() };
	#ticket = 0;
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	async connectedCallback(): Promise<void> {
		this.#q('[data-app]').hidden = false;
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
		window.addEventListener('popstate', () => this.#load());
		this.#load();
	}

	#load(): void {
		this.#state = parseSearchState(location.search);
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
		const active = FACETS.some((f) => filters[f].length > 0);
		const search = await this.#pagefind.search(query.trim() === '' ? null : query.trim(), {
			filters: pagefindFilters(filters),
		});
		if (ticket !== this.#ticket) return;
		const counts = search?.filters ?? (await this.#pagefind.filters());
		this.#renderFacets(counts);
		const list = this.#q('[data-results]');
		if (!search || (query.trim() === '' && !active)) {
			list.replaceChildren();
			this.#q('[data-status]').textContent = 'Type a word or tick a filter to search the handbook.';
			return;
		}
		const data = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
		if (ticket !== this.#ticket) return;
		list.replaceChildren(...data.map(resultItem));
		const n = search.results.length;
		const what = query.trim() === '' ? 'with these filters' : `for “${query.trim()}”`;
		this.#q('[data-status]').textContent =
			`${n} result${n === 1 ? '' : 's'} ${what}${n > PAGE ? `; showing the first ${PAGE}` : ''}.`;
	}

	#renderFacets(counts: Record<string, Record<string, number>>): void {
		const box = this.#q('[data-facets]');
		const focused =
			document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement)
				? document.activeElement.id
				: null;
		box.replaceChildren(
			...FACETS.map((facet) => {
				const fs = el('fieldset');
				fs.append(el('legend', LABELS[facet]));
				const values = new Set([...Object.keys(counts[facet] ?? {}), ...this.#state.filters[facet]]);
				[...values]
					.sort((a, b) => a.localeCompare(b))
					.forEach((value, i) => {
						const id = `facet-${facet}-${i}`;
						const input = el('input', null, { type: 'checkbox', id, value, 'data-facet': facet });
						input.checked = this.#state.filters[facet].includes(value);
						const label = el('label', `${value} (${counts[facet]?.[value] ?? 0})`, { for: id });
						const row = el('div', null, { class: 'facet' });
						row.append(input, label);
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
