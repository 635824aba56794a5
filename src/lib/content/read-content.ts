/**
 * Reads every content file from disk and validates it: schemas first, then the checks that
 * span entries. Used by the build (before Astro's own pass) and by `npm run check`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import { checkIntegrity, type LoadedContent, type LoadedEntry } from './integrity.ts';
import { sortProblems, type ContentProblem } from './problem.ts';
import { parseSource } from './source.ts';
import { validateEntry } from './schema-problems.ts';
import { lintContent } from './lint.ts';

export interface ContentReport {
	problems: ContentProblem[];
	/** Number of entries read, per collection. */
	counts: Record<CollectionName, number>;
}

export function checkContent(root: string, today: Date = new Date()): ContentReport {
	const problems: ContentProblem[] = [];
	const loaded = {} as LoadedContent;
	const counts = {} as Record<CollectionName, number>;
	const bodies = new Map<string, string>();
	const rel = (p: string) => relative(root, p).split('\\').join('/');

	for (const [name, source] of Object.entries(collectionSources) as [
		CollectionName,
		(typeof collectionSources)[CollectionName],
	][]) {
		const entries: LoadedEntry[] = [];
		if (source.kind === 'map') {
			const path = join(root, source.path);
			const file = rel(path);
			if (!existsSync(path)) {
				problems.push({
					file,
					line: 1,
					column: 1,
					field: '',
					value: '(missing file)',
					expected: 'the rating scale file',
				});
			} else {
				const parsed = parseSource(readFileSync(path, 'utf8'), 'yaml');
				if (parsed.syntaxError) {
					problems.push(...validateEntry(source.schema, parsed, file).problems);
				} else {
					const map = (parsed.data ?? {}) as Record<string, unknown>;
					for (const [id, data] of Object.entries(map)) {
						const locate = (p: readonly (string | number)[]) => parsed.locate([id, ...p]);
						const sub = { ...parsed, data, locate };
						problems.push(
							...validateEntry(source.schema, sub, file).problems.map((pr) => ({
								...pr,
								field: pr.field ? `${id}.${pr.field}` : id,
							})),
						);
						entries.push({ id, file, data: (data ?? {}) as Record<string, unknown>, locate });
					}
				}
			}
		} else {
			const dir = join(root, source.base);
			const names = existsSync(dir) ? readdirSync(dir).sort() : [];
			for (const name of names) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) continue; // exercise download folders
				const file = rel(path);
				if (!name.endsWith(`.${source.ext}`)) {
					problems.push({
						file,
						line: 1,
						column: 1,
						field: '',
						value: JSON.stringify(name),
						expected: `a .${source.ext} file (other files in ${source.base}/ are not read)`,
					});
					continue;
				}
				const text = readFileSync(path, 'utf8');
				const parsed = parseSource(text, source.ext === 'mdx' ? 'mdx' : 'yaml');
				problems.push(...validateEntry(source.schema, parsed, file).problems);
				const data =
					parsed.data !== null && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
				const bodyLine =
					text.length - parsed.body.length > 0
						? text.slice(0, text.length - parsed.body.length).split('\n').length - 1
						: 0;
				if (source.ext === 'mdx') bodies.set(file, parsed.body);
				entries.push({ id: name.slice(0, -(source.ext.length + 1)), file, data, locate: parsed.locate, bodyLine });
			}
		}
		loaded[name] = entries;
		counts[name] = entries.length;
	}

	problems.push(...checkIntegrity(loaded, { fileExists: (p) => existsSync(join(root, p)) }));
	problems.push(...lintContent(loaded, { today, bodies }));
	return { problems: sortProblems(problems), counts };
}
