/**
 * The floor a build of this size cannot beat: a bare Astro + MDX + Pagefind site over the same
 * generated question files, with one page template that renders the title, the prompt and the MDX
 * body, and Pagefind indexing the output folder. Same npm packages as the handbook (symlinked
 * node_modules); generated under tests/.tmp, never committed.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './synthetic-site.ts';

const files: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'floor', private: true, type: 'module' }),
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

const index = {
	name: 'floor:pagefind',
	hooks: {
		'astro:build:done': async ({ dir }) => {
			const { index } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
			try {
				await index.addDirectory({ path: fileURLToPath(dir) });
				await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
			} finally {
				await pagefind.close();
			}
		},
	},
};
export default defineConfig({ integrations: [mdx(), index], markdown: { syntaxHighlight: 'prism' }, trailingSlash: 'always' });
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	questions: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './content/questions' }),
		schema: z.looseObject({ title: z.string(), prompt: z.string() }),
	}),
};
`,
	'src/pages/questions/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('questions')).map((q) => ({ params: { id: q.id }, props: { q } }));
}
const { q } = Astro.props;
const { Content } = await render(q);
---
<html lang="en"><head><meta charset="utf-8" /><title>{q.data.title}</title></head>
<body><main data-pagefind-body><h1>{q.data.title}</h1><p>{q.data.prompt}</p><Content /></main></body></html>
`,
};

/** A floor project over the question files of `handbookProject` (a synthetic handbook copy). */
export function floorProject(handbookProject: string, count: number): string {
	const tmp = join(projectRoot, 'tests/.tmp');
	mkdirSync(tmp, { recursive: true });
	const dir = mkdtempSync(join(tmp, `floor-${count}-`));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	cpSync(join(handbookProject, 'content/questions'), join(dir, 'content/questions'), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}
