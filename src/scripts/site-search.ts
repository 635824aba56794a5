/**
 * The header search, loaded by a small inline script only when the reader focuses the field or
 * presses "/". Shows the top results under the field, with the link to all results and filters
 * first, where it is in view at any width; Up and Down move through the results, Escape closes
 * them and keeps the query; Enter goes to the full search page.
 */
import { loadPagefind } from './pagefind-client.ts';
import { resultItem } from './search-result.ts';
import { el } from './dom.ts';
import { liveQuery } from '../lib/search-state.ts';

const TOP = 5;
const DEBOUNCE_MS = 80;

export function mount(form: HTMLFormElement): void {
	if (form.dataset['mounted']) return;
	form.dataset['mounted'] = 'yes';
	const base = form.dataset['base'] ?? '/';
	const input = form.querySelector('input')!;
	const status = el('p', null, { role: 'status', 'aria-live': 'polite', class: 'search-status' });
	const list = el('ol', null, { class: 'search-results' });
	const more = el('a', 'All results and filters', { href: form.action });
	const head = el('div', null, { class: 'search-panel-head' });
	head.append(status, more);
	const panel = el('div', null, { class: 'search-panel', id: 'site-search-panel' });
	panel.hidden = true;
	panel.append(head, list);
	form.after(panel);
	input.setAttribute('aria-controls', panel.id);

	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (query === '') {
			panel.hidden = true;
			return;
		}
		const searched = liveQuery(query);
		if (searched === '') return; // one letter: wait for the next
		panel.hidden = false;
		more.href = `${form.action}?q=${encodeURIComponent(query)}`;
		let pagefind;
		try {
			pagefind = await loadPagefind(base);
		} catch {
			status.textContent =
				'Search is not available here: the index is built by npm run build (it is absent under npm run dev).';
			return;
		}
		const search = await pagefind.search(searched);
		if (ticket !== latest || !search) return; // a newer keystroke won
		const top = await Promise.all(search.results.slice(0, TOP).map((r) => r.data()));
		if (ticket !== latest) return;
		list.replaceChildren(...top.map(resultItem));
		const n = search.results.length;
		status.textContent =
			n === 0
				? `No results for “${query}”.`
				: `${n} result${n === 1 ? '' : 's'} for “${query}”${n > TOP ? `; showing the first ${TOP}` : ''}.`;
	};
	// After Escape the panel stays shut until the reader types again, even as focus returns.
	let dismissed = false;
	input.addEventListener('input', () => {
		dismissed = false;
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	});
	const close = () => {
		panel.hidden = true;
	};
	form.parentElement?.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && !panel.hidden) {
			// A search field clears itself on Escape; here Escape only closes the results.
			e.preventDefault();
			dismissed = true;
			close();
			input.focus();
			return;
		}
		// Down in the field brings back results closed with Escape.
		if (e.key === 'ArrowDown' && panel.hidden && e.target === input && list.childElementCount > 0) {
			e.preventDefault();
			dismissed = false;
			panel.hidden = false;
			return;
		}
		if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !panel.hidden) {
			const links = [...list.querySelectorAll<HTMLAnchorElement>('a.title')];
			if (links.length === 0) return;
			e.preventDefault();
			const at = links.indexOf(document.activeElement as HTMLAnchorElement);
			const next = e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
			if (next < 0) input.focus();
			else links[next]!.focus();
		}
	});
	form.parentElement?.addEventListener('focusout', (e) => {
		const next = e.relatedTarget as Node | null;
		if (next && !form.contains(next) && !panel.contains(next)) close();
	});
	input.addEventListener('focus', () => {
		if (!dismissed && input.value.trim() !== '' && list.childElementCount > 0) panel.hidden = false;
	});
	// Start warming the index now: the reader has shown intent by focusing the field.
	void loadPagefind(base).catch(() => undefined);
	if (input.value.trim() !== '') void run();
}
