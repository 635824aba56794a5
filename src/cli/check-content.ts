/**
 * `npm run check`: validates all content with the build's own schemas and integrity checks,
 * without building the site, and reports every problem at once as file:line:column.
 */
import { formatProblems } from '../lib/content/problem.ts';
import { checkContent } from '../integrations/read-content.ts';

const started = performance.now();
const { problems, counts } = checkContent(process.cwd());
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
