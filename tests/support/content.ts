/** Reads real content entries for tests, parsed by the same schemas as the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSources, type CollectionName } from '../../src/schemas/collections.ts';
import { parseSource } from '../../src/lib/content/source.ts';
import type { z } from 'astro/zod';
import { projectRoot } from './fixture.ts';

type Folder = Exclude<CollectionName, 'ratingScale'>;

export function loadEntries<C extends Folder>(
	name: C,
	root = projectRoot,
): { id: string; data: z.output<(typeof collectionSources)[C]['schema']>; body: string }[] {
	const source = collectionSources[name];
	const dir = join(root, source.base);
	return readdirSync(dir)
		.filter((f) => f.endsWith(`.${source.ext}`))
		.sort()
		.map((f) => {
			const parsed = parseSource(readFileSync(join(dir, f), 'utf8'), source.ext === 'mdx' ? 'mdx' : 'yaml');
			return {
				id: f.slice(0, -(source.ext.length + 1)),
				data: source.schema.parse(parsed.data) as never,
				body: parsed.body,
			};
		});
}

/** What `npm run new` needs to know about a content folder: the ids that exist. */
export function scaffoldContext(root: string, today = '2026-11-20') {
	const ids = (folder: string, ext: string) =>
		readdirSync(join(root, 'content', folder))
			.filter((n) => n.endsWith(ext))
			.map((n) => n.slice(0, -ext.length));
	return {
		competencies: ids('competencies', '.yaml'),
		questions: ids('questions', '.mdx'),
		guides: ids('guides', '.mdx'),
		scorecards: ids('scorecards', '.yaml'),
		calibration: ids('calibration', '.mdx'),
		today,
	};
}
