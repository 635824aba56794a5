/**
 * `npm run new -- <type> --title "…" [--competency id] [--competencies a,b] [--level mid]
 * [--format coding] [--question id] [--id custom-id]`: writes a new content file from a template.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffold } from '../lib/scaffold.ts';

const root = process.cwd();
const ids = (folder: string, ext: string) =>
	existsSync(join(root, 'content', folder))
		? readdirSync(join(root, 'content', folder))
				.filter((n) => n.endsWith(ext))
				.map((n) => n.slice(0, -ext.length))
		: [];

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			title: { type: 'string' },
			id: { type: 'string' },
			competency: { type: 'string' },
			competencies: { type: 'string' },
			level: { type: 'string' },
			format: { type: 'string' },
			question: { type: 'string' },
		},
	});
} catch (error) {
	console.error(`${(error as Error).message}\nUsage: npm run new -- question --competency <id> --title "<title>"`);
	process.exit(2);
}
const result = scaffold(
	{ type: parsed.positionals[0] ?? '', ...parsed.values },
	{
		competencies: ids('competencies', '.yaml'),
		questions: ids('questions', '.mdx'),
		guides: ids('guides', '.mdx'),
		scorecards: ids('scorecards', '.yaml'),
		calibration: ids('calibration', '.mdx'),
		today: new Date().toISOString().slice(0, 10),
	},
);
if (!result.ok) {
	console.error(result.error);
	process.exit(2);
}
writeFileSync(join(root, result.path), result.text, { flag: 'wx' });
console.log(`Wrote ${result.path}. Replace every "FILL IN:" value, then run npm run check.`);
