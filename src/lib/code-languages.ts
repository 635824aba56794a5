/**
 * The languages a fenced code block may name. Astro highlights them at build time with Prism,
 * which marks tokens with classes (`token keyword`…) that the site's stylesheet colours, so a
 * strict Content-Security-Policy needs no inline styles. A fence with another name would be shown
 * unhighlighted (and Prism inserts code it has no grammar for without escaping it), so the
 * content check rejects it: a misspelt "pyhton" is caught before it is published.
 */
export const CODE_LANGUAGES = [
	'python',
	'bash',
	'sh',
	'shell',
	'sql',
	'yaml',
	'toml',
	'ini',
	'json',
	'dockerfile',
	'diff',
	'markdown',
	'text',
] as const;

export interface FenceLanguage {
	language: string;
	/** 1-based line of the opening fence within the body. */
	line: number;
}

// An opening fence carries an info string; a closing fence never does.
const OPENING_FENCE = /^ {0,3}(?:`{3,}(?!`)|~{3,}(?!~))[ \t]*([^\s`~][^\s`]*)/gm;

/** Every fenced code block's language in a Markdown or MDX body, with its line. */
export function fenceLanguages(body: string): FenceLanguage[] {
	return [...body.matchAll(OPENING_FENCE)].map((m) => ({
		language: m[1]!,
		line: body.slice(0, m.index).split('\n').length,
	}));
}

export function isCodeLanguage(language: string): boolean {
	return (CODE_LANGUAGES as readonly string[]).includes(language);
}
