/**
 * Prepares a built page's HTML for Pagefind. Astro's compressed HTML has no whitespace between
 * tags, and Pagefind separates words only at the elements it knows as blocks (p, li, td, div,
 * headings…). Without help, `<dt>Format</dt><dd>Coding</dd>` is indexed as one word,
 * "formatcoding", and a table header row as "competencyweightmust-have": neither half can be
 * found. A space before the closing tag of each other block-level element keeps words apart.
 * Only the copy handed to the indexer changes; the served page is untouched.
 */
const BLOCKS_PAGEFIND_JOINS = [
	'address',
	'blockquote',
	'caption',
	'dd',
	'details',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'legend',
	'ol',
	'summary',
	'table',
	'tfoot',
	'th',
	'thead',
	'tbody',
	'tr',
];

const CLOSING_TAG = new RegExp(`</(${BLOCKS_PAGEFIND_JOINS.join('|')})>`, 'gi');

export function separateBlockWords(html: string): string {
	return html.replace(CLOSING_TAG, ' $&');
}
