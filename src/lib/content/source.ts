/**
 * Parses a content file's text into data plus a way to find where a field sits in the file.
 * Values come from js-yaml, the parser Astro's loaders use, so the check sees what the build
 * sees; positions come from the `yaml` package's syntax tree, which js-yaml does not expose. That
 * tree is built only when a position is asked for (a file with a problem): parsing every file
 * twice made the check the slowest step of a large build.
 */
import { load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isNode, type Node } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface Position {
	line: number;
	column: number;
}

export interface ParsedSource {
	/** The parsed YAML (the frontmatter for MDX), or undefined when parsing failed. */
	data: unknown;
	/** The MDX body after the frontmatter ('' for YAML files). */
	body: string;
	/** Where the value at `path` starts; the nearest existing parent when the field is missing. */
	locate(path: FieldPath): Position;
	/** A syntax error, with its position, when the file could not be parsed. */
	syntaxError?: { message: string; position: Position };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function parseSource(text: string, kind: 'yaml' | 'mdx'): ParsedSource {
	let yamlText = text;
	let lineOffset = 0;
	let body = '';
	if (kind === 'mdx') {
		const match = FRONTMATTER.exec(text);
		if (!match) {
			return {
				data: undefined,
				body: text,
				locate: () => ({ line: 1, column: 1 }),
				syntaxError: {
					message: 'expected the file to start with YAML frontmatter between two "---" lines',
					position: { line: 1, column: 1 },
				},
			};
		}
		yamlText = match[1] ?? '';
		lineOffset = 1;
		body = text.slice(match[0].length);
	}

	const lineCounter = new LineCounter();
	let tree: ReturnType<typeof parseDocument> | undefined;
	const syntaxTree = () =>
		(tree ??= parseDocument(yamlText, { lineCounter, keepSourceTokens: false, uniqueKeys: false }));
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const locate = (path: FieldPath): Position => {
		let node: unknown = syntaxTree().contents;
		let best: Position = { line: 1 + lineOffset, column: 1 };
		if (isNode(node) && node.range) best = toPosition(node.range[0]);
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find(
					(item) => isNode(item.key) && String((item.key as Node & { value?: unknown }).value) === String(key),
				);
				if (!pair) return best;
				if (isNode(pair.key) && pair.key.range) best = toPosition(pair.key.range[0]);
				node = pair.value;
				// A value on the same line as its key is more precise than the key.
				if (isNode(node) && node.range && !isMap(node) && !isSeq(node)) best = toPosition(node.range[0]);
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key];
				if (!isNode(item)) return best;
				if (item.range) best = toPosition(item.range[0]);
				node = item;
			} else {
				return best;
			}
		}
		return best;
	};

	try {
		const data = loadYaml(yamlText, { filename: 'content' });
		return { data, body, locate };
	} catch (error) {
		const mark = (error as { mark?: { line: number; column: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? String(error);
		return {
			data: undefined,
			body,
			locate,
			syntaxError: {
				message: `valid YAML (${reason})`,
				position: mark
					? { line: mark.line + 1 + lineOffset, column: mark.column + 1 }
					: { line: 1 + lineOffset, column: 1 },
			},
		};
	}
}
