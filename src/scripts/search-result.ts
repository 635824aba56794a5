/** Renders one search result. Pagefind's excerpt marks hits with <mark>; everything else is text. */
import type { PagefindResultData } from './pagefind-client.ts';
import { el } from './dom.ts';

/** Rebuilds an excerpt from text and <mark> only, so nothing in it can act as markup. */
export function excerptNodes(html: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
	const nodes: Node[] = [];
	doc.body.firstElementChild?.childNodes.forEach((n) => {
		nodes.push(n.nodeName === 'MARK' ? el('mark', n.textContent ?? '') : document.createTextNode(n.textContent ?? ''));
	});
	return nodes;
}

export function resultItem(data: PagefindResultData): HTMLLIElement {
	const li = el('li', null, { class: 'search-result' });
	const title = el('a', data.meta['title'] ?? data.url, { href: data.url, class: 'title' });
	li.append(title);
	const facts = [data.meta['type'], data.meta['competencies'], data.meta['levels']].filter((x): x is string =>
		Boolean(x),
	);
	const meta = el('p', facts.join(' · '), { class: 'muted' });
	if (data.meta['status'] === 'Retired') meta.prepend(el('span', 'Retired', { class: 'tag retired' }), ' ');
	li.append(meta);
	const excerpt = el('p', null, { class: 'excerpt' });
	excerpt.append(...excerptNodes(data.excerpt));
	li.append(excerpt);
	return li;
}
