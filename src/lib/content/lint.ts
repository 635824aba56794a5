/**
 * Content lint: rules beyond the schemas that keep the bank usable. Placeholders left from a
 * template, implausible times, review dates in the future, duplicate titles, variations that
 * merely repeat the prompt, search terms the title already holds, repeated red flags, and code blocks in a language the site does not
 * highlight.
 */
import { describeValue, type ContentProblem } from './problem.ts';
import type { LoadedContent, LoadedEntry } from './integrity.ts';
import { CODE_LANGUAGES, fenceLanguages, isCodeLanguage } from '../code-languages.ts';

/** The marker `npm run new` writes into every value a contributor must replace. */
export const FILL_MARKER = 'FILL IN:';
const PLACEHOLDER = /FILL IN:|\bTODO\b|\bTBD\b|\blorem ipsum\b/i;
export const MAX_MINUTES = 180;

export interface LintOptions {
	/** Today, for the "reviewed is not in the future" rule; a parameter so tests are stable. */
	today: Date;
	/** MDX bodies by file, so placeholders in the text are caught too. */
	bodies: ReadonlyMap<string, string>;
}

type Path = (string | number)[];

/** Every string in a value, with its path. */
function* strings(value: unknown, path: Path = []): Generator<[Path, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
	else if (value !== null && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export function lintContent(content: LoadedContent, options: LintOptions): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const report = (entry: LoadedEntry, path: Path, value: unknown, expected: string) =>
		problems.push({
			file: entry.file,
			...entry.locate(path),
			field: path.join('.'),
			value: describeValue(value),
			expected,
		});

	for (const [collection, entries] of Object.entries(content)) {
		if (collection === 'ratingScale') continue;
		for (const entry of entries) {
			for (const [path, text] of strings(entry.data)) {
				if (PLACEHOLDER.test(text))
					report(
						entry,
						path,
						text,
						'your own text in place of the template placeholder (FILL IN, TODO, TBD or lorem ipsum)',
					);
			}
			const body = options.bodies.get(entry.file);
			const match = body === undefined ? null : PLACEHOLDER.exec(body);
			if (body !== undefined && match) {
				const line = body.slice(0, match.index).split('\n').length;
				problems.push({
					file: entry.file,
					line: line + bodyOffset(entry),
					column: 1,
					field: '(body)',
					value: JSON.stringify(match[0]),
					expected: 'your own text in place of the template placeholder',
				});
			}
			for (const fence of body === undefined ? [] : fenceLanguages(body)) {
				if (!isCodeLanguage(fence.language)) {
					problems.push({
						file: entry.file,
						line: fence.line + bodyOffset(entry),
						column: 1,
						field: '(body)',
						value: JSON.stringify(fence.language),
						expected: `a code block language the site highlights: ${CODE_LANGUAGES.join(', ')}`,
					});
				}
			}
			const reviewed = entry.data['reviewed'];
			if (reviewed instanceof Date && reviewed.getTime() > options.today.getTime()) {
				report(
					entry,
					['reviewed'],
					reviewed,
					`a date no later than today (${options.today.toISOString().slice(0, 10)})`,
				);
			}
		}
	}

	const titles = new Map<string, LoadedEntry>();
	for (const q of content.questions) {
		const d = q.data;
		const minutes = d['minutes'];
		if (typeof minutes === 'number' && minutes > MAX_MINUTES)
			report(q, ['minutes'], minutes, `at most ${MAX_MINUTES} minutes; split a longer exercise into stages`);
		if (typeof d['title'] === 'string') {
			const key = d['title'].trim().toLowerCase();
			const first = titles.get(key);
			if (first) report(q, ['title'], d['title'], `a title no other question uses (${first.file} has it)`);
			else titles.set(key, q);
		}
		const prompt = typeof d['prompt'] === 'string' ? normalise(d['prompt']) : null;
		const ratingNote = typeof d['ratingNote'] === 'string' ? normalise(d['ratingNote']) : null;
		(Array.isArray(d['variations']) ? d['variations'] : []).forEach((entry: unknown, i) => {
			// A variation is text, or { prompt, rubricNote }: the schema checks the shape, this the wording.
			const object = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : null;
			const v = object ? object['prompt'] : entry;
			const path = object ? ['variations', i, 'prompt'] : ['variations', i];
			if (typeof v !== 'string') return;
			if (prompt !== null && normalise(v) === prompt)
				report(q, path, v, 'a variation that asks differently from the prompt');
			const relative = RELATIVE_PHRASE.exec(v);
			if (relative)
				report(
					q,
					path,
					v,
					`a whole prompt that can be read aloud as it is, without "${relative[0]}" pointing back at the main prompt`,
				);
			const note = object?.['rubricNote'];
			if (typeof note === 'string' && ratingNote !== null && normalise(note) === ratingNote)
				report(
					q,
					['variations', i, 'rubricNote'],
					note,
					"a note on how the rubric reads for this variation, not a copy of the question's ratingNote (leave the variation as plain text if the rubric applies as it is)",
				);
		});
		const body = options.bodies.get(q.file);
		if (body !== undefined) {
			const heading = /^##\s.*$/m.exec(stripCode(body));
			if (heading)
				problems.push({
					file: q.file,
					line: body.slice(0, body.indexOf(heading[0])).split('\n').length + bodyOffset(q),
					column: 1,
					field: '(body)',
					value: JSON.stringify(heading[0]),
					expected: 'the model answer under the page\'s one "Model answer" heading: use ### for its parts',
				});
			const words = answerWords(body);
			if (words > MAX_ANSWER_WORDS)
				problems.push({
					file: q.file,
					line: 1 + bodyOffset(q),
					column: 1,
					field: '(body)',
					value: `${words} words of prose`,
					expected: `a model answer readable in about two minutes: at most ${MAX_ANSWER_WORDS} words outside code and <details> blocks`,
				});
			const sources = Array.isArray(d['sources']) ? d['sources'] : [];
			const version = PYTHON_VERSION.exec(`${JSON.stringify(d)}\n${stripCode(body)}`);
			if (version && sources.length === 0)
				report(
					q,
					['sources'],
					sources,
					`at least one primary source: the question states something about Python ${version[1]}`,
				);
		}
		// A term the title already holds adds nothing: search finds the title's words first.
		const title = typeof d['title'] === 'string' ? ` ${normalise(d['title'])} ` : null;
		(Array.isArray(d['terms']) ? d['terms'] : []).forEach((term, i) => {
			if (typeof term !== 'string' || title === null || normalise(term) === '') return;
			if (title.includes(` ${normalise(term)} `))
				report(q, ['terms', i], term, 'a search term the title does not already contain');
		});
		const seen = new Set<string>();
		(Array.isArray(d['redFlags']) ? d['redFlags'] : []).forEach((flag, i) => {
			if (typeof flag !== 'string') return;
			const key = normalise(flag);
			if (seen.has(key)) report(q, ['redFlags', i], flag, 'each red flag once; this one repeats an earlier one');
			seen.add(key);
		});
	}
	for (const card of content.scorecards) {
		(Array.isArray(card.data['stages']) ? card.data['stages'] : []).forEach((stage, i) => {
			const m = (stage as { minutes?: unknown }).minutes;
			if (typeof m === 'number' && m > MAX_MINUTES)
				report(card, ['stages', i, 'minutes'], m, `at most ${MAX_MINUTES} minutes per stage`);
		});
	}
	return problems;
}

/** Phrases that make a variation lean on the main prompt, which a kit does not print beside it. */
const RELATIVE_PHRASE =
	/\b(?:instead|this time|as (?:above|before)|same as (?:above|before)|the same (?:question|prompt|code|scenario|setup|task|problem|function|service|system))\b|\bwhat(?: is|'s) different\?/i;
/** About two minutes of reading for an interviewer before the session. */
export const MAX_ANSWER_WORDS = 450;
/** "3.12", "Python 3.14", "CPython 3.13": a version-specific statement that needs a source. */
const PYTHON_VERSION = /\b(?:C?Python )?(3\.(?:[5-9]|1\d))\b(?!\.\d+\.\d)/;

function stripCode(body: string): string {
	return body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
}

/** Prose words an interviewer reads: code blocks and collapsed <details> blocks do not count. */
export function answerWords(body: string): number {
	return stripCode(body)
		.replace(/<details>[\s\S]*?<\/details>/g, '')
		.split(/\s+/)
		.filter(Boolean).length;
}

function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** MDX bodies start after the frontmatter; entries record that offset as the line of "(body)". */
function bodyOffset(entry: LoadedEntry): number {
	return entry.bodyLine ?? 0;
}
