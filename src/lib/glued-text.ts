/**
 * Finds words glued together in rendered HTML: two inline elements whose texts touch with no
 * space ("Python 3" + "Retired" reads "Python 3Retired"), a label or button touching the next
 * control, and punctuation in prose with no space after it ("competencies,10"). Astro drops the
 * whitespace between inline elements written on separate lines, so this is easy to do by accident
 * and invisible in the source. Pure: it reads an HTML string and knows nothing of files or the DOM.
 */

export type GlueKind = 'across elements' | 'after punctuation';

export interface Glue {
	kind: GlueKind;
	/** The glued spot with a few characters either side, as a reader sees it. */
	text: string;
}

/** Elements that flow inside a line of text: a boundary between two of them is not a break. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'button',
	'cite',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'label',
	'mark',
	'output',
	'q',
	's',
	'small',
	'span',
	'strong',
	'time',
	'u',
]);
/** Elements whose content is not prose: code keeps its own spacing, scripts and styles are not text. */
const OPAQUE = new Set([
	'code',
	'kbd',
	'math',
	'option',
	'pre',
	'samp',
	'script',
	'select',
	'style',
	'svg',
	'template',
	'textarea',
	'title',
	'var',
]);
/** Form controls: a word touching one reads as glued to it, like a word touching a word. */
const CONTROLS = new Set(['select', 'textarea']);
/** Stands for code or a control inside a line: neither a letter nor punctuation, so never glue by itself. */
const ATOM = '\uFFFC';
/** Stands for a form control, which does glue to a word it touches. */
const CONTROL = '\uFFFD';
/** Marks where one inline element ended and the next began, with nothing between. */
const SEAM = '\u0000';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#')
			return String.fromCodePoint(
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
			);
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * Splits a page's body into lines of prose: runs of text joined across inline elements, with a
 * SEAM wherever two elements' texts meet directly, ATOM for code and CONTROL for a form control.
 * Any other element (a block, a line break, an image) ends a line.
 */
export function proseLines(html: string): string[] {
	const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
	const lines: string[] = [];
	let line = '';
	let opaque: string | null = null;
	let depth = 0;
	let atBoundary = false;
	const end = () => {
		if (line.replaceAll(SEAM, '').trim() !== '') lines.push(line);
		line = '';
		atBoundary = false;
	};
	for (const m of body.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g)) {
		const [, closing, rawName, attrs = '', text] = m;
		if (text !== undefined) {
			if (opaque) continue;
			if (atBoundary) line += SEAM;
			line += decode(text);
			atBoundary = false;
			continue;
		}
		if (!rawName) continue; // a comment
		const name = rawName.toLowerCase();
		if (opaque) {
			if (name === opaque) depth += closing ? -1 : /\/\s*$/.test(attrs) ? 0 : 1;
			if (depth === 0) {
				opaque = null;
				atBoundary = true;
			}
			continue;
		}
		if (OPAQUE.has(name) && !closing) {
			line += CONTROLS.has(name) ? SEAM + CONTROL : ATOM;
			opaque = name;
			depth = 1;
			continue;
		}
		if (name === 'input') {
			if (!/\stype=["']?(hidden|checkbox|radio)\b/i.test(attrs)) line += SEAM + CONTROL;
			atBoundary = true;
			continue;
		}
		if (INLINE.has(name)) atBoundary = true;
		// <wbr> only marks where a long word may break; every other element ends the line.
		else if (name !== 'wbr') end();
	}
	end();
	return lines;
}

const WORD = /[\p{L}\p{N}]/u;
const WORDISH = new RegExp(`[\\p{L}\\p{N}${CONTROL}]`, 'u');

/** A few whole words either side of position `at` in a line, as a reader would see them. */
function excerpt(line: string, at: number): string {
	const clean = (s: string) => s.replaceAll(SEAM, '').replaceAll(ATOM, '…').replaceAll(CONTROL, '[control]');
	const from = Math.max(0, at - 30);
	let left = clean(line.slice(from, at));
	let right = clean(line.slice(at, at + 30));
	if (from > 0) left = left.replace(/^\S*\s/, '');
	if (at + 30 < line.length) right = right.replace(/\s\S*$/, '');
	return `${left}${right}`.replace(/\s+/g, ' ').trim();
}

/** Texts of two inline elements (or a word and a control) meeting with no space between. */
function acrossElements(line: string): Glue[] {
	const found: Glue[] = [];
	for (let at = line.indexOf(SEAM); at !== -1; at = line.indexOf(SEAM, at + 1)) {
		const before = line[at - 1] ?? '';
		const after = line[at + 1] ?? '';
		if (WORDISH.test(before) && WORDISH.test(after) && (WORD.test(before) || WORD.test(after)))
			found.push({ kind: 'across elements', text: excerpt(line, at) });
	}
	return found;
}

/** Words in which a glued dot or colon is part of the name, not the end of a sentence. */
const NOT_PROSE = [
	/:\/\/|^www\.|[/\\@]/, // a URL, a path or an address
	/\.(py|pyi|pyc|md|mdx|txt|toml|cfg|ini|json|yaml|yml|lock|html|css|js|ts|sh|csv|svg|xml|com|org|net|io|dev)\b/i, // a file or domain name
	/^(\p{L}{1,3}\.)+\p{L}{1,2}$/u, // an abbreviation (its last dot already cut off): e.g., a.m., U.S.C.
	/:\S*:/, // a scope or a key: std::vector, catalog:v3:product
	// A dotted Python name or a call: os.path, Session.get, functools.lru_cache, f(x) (a sentence never goes on in
	// lower case), asyncio.Queue (a lower-case word glued to a capital reads as module.Class, so
	// "the end.Then" slips through: the price of not flagging every class name in the prose).
	/[_[\]=]|\w\(|\.\p{Ll}|^\p{Ll}[\p{Ll}\p{N}]*\.\p{Lu}/u,
];

/** `,` `;` `.` `:` directly followed by a letter (or a comma by a digit) inside prose. */
function afterPunctuation(line: string): Glue[] {
	const text = line.replaceAll(SEAM, '');
	const found: Glue[] = [];
	for (const m of text.matchAll(/[,;.:](?=[\p{L}\p{N}])/gu)) {
		const at = m.index;
		const before = text[at - 1] ?? '';
		const after = text[at + 1] ?? '';
		if (!/[\p{L}\p{N})\]"'’”]/u.test(before)) continue;
		// 1,000 and 3.14 and 10:30 are numbers; 3.x is a version (but "step 2:write" is glue).
		if (/\p{N}/u.test(before) && (/\p{N}/u.test(after) || m[0] === '.')) continue;
		if ((m[0] === '.' || m[0] === ':') && !/\p{L}/u.test(after)) continue;
		const start = text.slice(0, at).search(/\S*$/);
		const stop = text.slice(at).search(/\s|$/);
		const word = text
			.slice(start, at + stop)
			.replace(/^[("'‘“[]+/u, '')
			.replace(/[,;.:!?)"'’”]+$/u, '');
		if (NOT_PROSE.some((pattern) => pattern.test(word))) continue;
		found.push({ kind: 'after punctuation', text: excerpt(text, at + 1) });
	}
	return found;
}

/** Every glued spot on a page, in reading order within each kind. */
export function findGluedText(html: string): Glue[] {
	const lines = proseLines(html);
	return [...lines.flatMap(acrossElements), ...lines.flatMap(afterPunctuation)];
}
