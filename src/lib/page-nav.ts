/**
 * What the reading pages' chrome is built from: the "On this page" list (from the page's own
 * rendered headings, so it can never list a section the page does not have), previous and next
 * within an ordered collection, a table's accessible name, and the page's source file for
 * "Edit this page". Pure: HTML strings and arrays in, plain values out.
 */

export interface Heading {
	id: string;
	text: string;
}

const stripTags = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();

/** The h2 headings that have an id, in document order: the sections a reader can jump to. */
export function pageHeadings(html: string): Heading[] {
	const headings: Heading[] = [];
	for (const m of html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/g)) {
		const id = /\sid="([^"]+)"/.exec(m[1]!)?.[1];
		const text = stripTags(m[2]!);
		if (id && text) headings.push({ id, text });
	}
	return headings;
}

/** The entries either side of `id` in `ordered`, or null at either end (and both null if absent). */
export function neighbours<T extends { id: string }>(
	ordered: readonly T[],
	id: string,
): { previous: T | null; next: T | null } {
	const at = ordered.findIndex((entry) => entry.id === id);
	if (at === -1) return { previous: null, next: null };
	return { previous: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null };
}

/**
 * A name for a table's scroll region: its caption, else its column headers ("Table: Area, Needed").
 * A region needs a name so that a screen reader can say what the focused box holds.
 */
export function tableLabel(html: string): string {
	const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(html)?.[1];
	if (caption && stripTags(caption)) return stripTags(caption);
	const firstRow = /<tr\b[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
	const headers = [...firstRow.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => stripTags(m[1]!)).filter(Boolean);
	return headers.length > 0 ? `Table: ${headers.join(', ')}` : 'Table';
}

/**
 * The file under src/pages that renders a site path (no base, no leading slash): `calculator/panel/`
 * is `src/pages/calculator/panel.astro` or `src/pages/calculator/panel/index.astro`, whichever
 * `exists`. Entry pages pass their content file instead, so this only sees fixed pages.
 */
export function pageSourceFile(path: string, exists: (file: string) => boolean): string | null {
	const clean = path
		.replace(/^\/+/, '')
		.replace(/\.html$/, '')
		.replace(/\/+$/, '');
	const candidates =
		clean === '' ? ['src/pages/index.astro'] : [`src/pages/${clean}.astro`, `src/pages/${clean}/index.astro`];
	return candidates.find(exists) ?? null;
}

/** The repository's page for editing `file` (a path from the repository root) on `branch`. */
/**
 * The web address of a clone's remote, for edit links: `git@host:owner/repo.git` and
 * `https://host/owner/repo.git` give `https://host/owner/repo`; a local path or anything else
 * gives null, since no page could be edited there.
 */
export function repositoryWebUrl(remote: string): string | null {
	const value = remote.trim();
	const ssh = /^(?:ssh:\/\/)?git@([\w.-]+)[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(value);
	if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
	const web = /^https:\/\/(?:[^@/]+@)?([\w.-]+(?::\d+)?)\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(value);
	if (web) return `https://${web[1]}/${web[2]}`;
	return null;
}

export function editUrl(repository: string, file: string, branch = 'main'): string {
	return `${repository.replace(/\/+$/, '')}/edit/${branch}/${file.replace(/^\.?\/+/, '')}`;
}

/**
 * For Markdown rendered outside MDX (CONTRIBUTING.md), where components cannot replace elements:
 * puts each table in a named, focusable scroll region and makes each code block a keyboard stop,
 * as src/components/TableRegion.astro and MdxPre.astro do for MDX.
 */
export function scrollRegions(html: string): string {
	return html
		.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
			const label = tableLabel(table).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
			return `<div class="table-wrap" role="region" tabindex="0" aria-label="${label}">${table}</div>`;
		})
		.replace(/<pre\b(?![^>]*\stabindex=)/g, '<pre tabindex="0"');
}
