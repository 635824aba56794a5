/**
 * `npm test` step after the build: reads every HTML page in dist/ (or the folder given) and fails,
 * naming the page and the glued text, where words touch across elements or after punctuation.
 * The rules are src/lib/glued-text.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findGluedText } from '../../src/lib/glued-text.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const dist = process.argv[2] ?? 'dist';
const files = htmlFiles(dist).sort();
let problems = 0;
for (const file of files) {
	for (const glue of findGluedText(readFileSync(file, 'utf8'))) {
		problems++;
		console.error(`${relative(dist, file)}: ${glue.kind}: "${glue.text}"`);
	}
}
if (files.length === 0) {
	console.error(`No HTML pages in ${dist}: build the site first (npm run build).`);
	process.exit(1);
}
if (problems > 0) {
	console.error(
		`\n${problems} glued spot(s) in ${files.length} pages: add a space ({' '} in .astro files) or fix the text.`,
	);
	process.exit(1);
}
console.log(`No glued text in ${files.length} pages.`);
