/** Every runnable block in the content, with the file and line a failure report names. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnableBlocks, type RunnableBlock } from '../../src/lib/runnable.ts';

export const CONTENT_FOLDERS = ['content/questions', 'content/guides', 'content/exercises', 'content/calibration'];

export interface ContentBlock extends RunnableBlock {
	file: string;
	/** "content/questions/lru-cache.mdx block 1 (line 80)" */
	label: string;
}

/** A file given on the command line, or a folder that holds it. */
function matches(file: string, given: string): boolean {
	const path = given.replace(/^\.\//, '').replace(/\/$/, '');
	return file === path || file.endsWith(`/${path}`) || file.startsWith(`${path}/`);
}

export function contentBlocks(root: string, only: readonly string[] = []): ContentBlock[] {
	return CONTENT_FOLDERS.flatMap((folder) =>
		readdirSync(join(root, folder))
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => `${folder}/${name}`)
			.filter((file) => only.length === 0 || only.some((o) => matches(file, o)))
			.flatMap((file) => {
				const text = readFileSync(join(root, file), 'utf8');
				// Lines are counted from the file's start so an editor jumps straight to the fence.
				return runnableBlocks(text).map((b) => ({
					...b,
					file,
					label: `${file} block ${b.index} (line ${b.line})`,
				}));
			}),
	);
}
