/** What the e2e tests know about the built site, read from the content and the exports. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function firstId(folder: string, ext: string): string {
	const name = readdirSync(join(root, 'content', folder))
		.filter((n) => n.endsWith(`.${ext}`))
		.sort()[0];
	if (!name) throw new Error(`content/${folder} has no .${ext} entry to test`);
	return name.slice(0, -(ext.length + 1));
}

/** One page of every type, with the collection it comes from. */
export const entryPages = [
	{ type: 'question', path: `/questions/${'lru-cache'}/` },
	{ type: 'competency', path: `/competencies/${firstId('competencies', 'yaml')}/` },
	{ type: 'level', path: '/levels/senior/' },
	{ type: 'scorecard', path: `/scorecards/${firstId('scorecards', 'yaml')}/` },
	{ type: 'guide', path: `/guides/${firstId('guides', 'mdx')}/` },
	{ type: 'exercise', path: `/exercises/${firstId('exercises', 'mdx')}/` },
	{ type: 'calibration sample', path: `/calibration/${firstId('calibration', 'mdx')}/` },
];

export const listPages = [
	'/',
	'/maintainers/',
	'/questions/',
	'/competencies/',
	'/levels/',
	'/scorecards/',
	'/guides/',
	'/exercises/',
	'/calibration/',
	'/rating-scale/',
	'/contribute/',
];
