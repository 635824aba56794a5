/**
 * `npm run check [files…]`: validates all content with the build's own schemas and integrity checks,
 * without building the site, and reports every problem at once as file:line:column.
 */
import { formatProblems } from '../lib/content/problem.ts';
import { checkContent } from '../lib/content/read-content.ts';

const started = performance.now();
const { problems: all, counts } = checkContent(process.cwd());
// `npm run check -- content/questions/a.mdx …` checks everything but reports only those files.
// A folder reports every file under it.
const only = process.argv.slice(2).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
const under = (file: string, given: string) =>
	file === given || file.endsWith(`/${given}`) || file.startsWith(`${given}/`);
const problems = only.length === 0 ? all : all.filter((p) => only.some((f) => under(p.file, f)));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = Object.entries(counts)
	.map(([name, n]) => `${n} ${name}`)
	.join(', ');
if (problems.length > 0) {
	console.error(formatProblems(problems));
	console.error(`\nChecked ${summary} in ${seconds}s.`);
	process.exit(1);
}
console.log(`Content is valid: ${summary} (${seconds}s).`);
