/** Runs every ```python runnable block in the questions, guides and exercises with python3. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runnableBlocks } from '../../../src/lib/runnable.ts';
import { projectRoot } from '../../support/fixture.ts';
import { runBlock } from '../../support/python.ts';
import { python } from '../../support/python-required.ts';

const folders = ['content/questions', 'content/guides', 'content/exercises', 'content/calibration'];
const entries = folders.flatMap((folder) =>
	readdirSync(join(projectRoot, folder))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => ({ file: `${folder}/${name}`, text: readFileSync(join(projectRoot, folder, name), 'utf8') })),
);

describe.skipIf(!python)(`runnable Python blocks (${python})`, () => {
	for (const entry of entries) {
		const blocks = runnableBlocks(entry.text);
		for (const block of blocks) {
			const label = `${entry.file} block ${block.index} (line ${block.line})`;
			it(label, () => {
				const run = runBlock(label, block.code);
				expect(run.ok, run.report).toBe(true);
			});
		}
	}
});
