/** Page-weight budgets, measured on dist/ after the build; a failure names the page and the figure. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BOOTSTRAP } from '../../src/data/search-bootstrap.ts';
import { THEME_SCRIPT } from '../../src/data/theme-script.ts';
import { htmlBytesGz, pageScripts, scriptBytesGz } from '../support/page-weight.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const KB = 1024;

const toolBudgets = [
	{ page: 'calculator', budget: 20 * KB },
	{ page: 'calculator/panel', budget: 20 * KB },
	{ page: 'calibration/workshop', budget: 15 * KB },
];

for (const { page, budget } of toolBudgets) {
	test(`/${page}/ ships at most ${budget / KB} KB of JavaScript (gzipped)`, () => {
		const bytes = scriptBytesGz(dist, page);
		console.log(
			`/${page}/: ${(bytes / KB).toFixed(1)} KB of JavaScript gzipped, in ${pageScripts(dist, page).length} files`,
		);
		expect(pageScripts(dist, page).length, `/${page}/ loads no script at all`).toBeGreaterThan(0);
		expect(bytes, `/${page}/ ships ${bytes} bytes`).toBeLessThanOrEqual(budget);
	});
}

test('a question page loads no script file and stays under 8 KB of HTML (gzipped)', () => {
	expect(pageScripts(dist, 'questions/lru-cache')).toEqual([]);
	const html = htmlBytesGz(dist, 'questions/lru-cache');
	console.log(`/questions/lru-cache/: ${(html / KB).toFixed(2)} KB of HTML gzipped, no script file`);
	expect(html).toBeLessThanOrEqual(8 * KB);
});

test('the inline scripts of a reading page are the search bootstrap and the theme script, each under 1 KB', () => {
	const html = readFileSync(join(dist, 'questions/lru-cache/index.html'), 'utf8');
	const inline = [...html.matchAll(/<script(?![^>]*\s(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	expect(inline.sort()).toEqual([SEARCH_BOOTSTRAP, THEME_SCRIPT].sort());
	for (const script of inline) expect(Buffer.byteLength(script!)).toBeLessThan(1024);
});

test('/kits/ ships at most 15 KB of JavaScript (gzipped)', () => {
	const bytes = scriptBytesGz(dist, 'kits');
	console.log(`/kits/: ${(bytes / KB).toFixed(1)} KB of JavaScript gzipped`);
	expect(bytes).toBeLessThanOrEqual(15 * KB);
});

test('/kits/session/ ships at most 15 KB of JavaScript (gzipped), and only the session page loads it', () => {
	const scripts = pageScripts(dist, 'kits/session');
	const bytes = scriptBytesGz(dist, 'kits/session');
	console.log(`/kits/session/: ${(bytes / KB).toFixed(1)} KB of JavaScript gzipped, in ${scripts.length} files`);
	expect(bytes).toBeLessThanOrEqual(15 * KB);
	const own = scripts.filter((s) => readFileSync(join(dist, s), 'utf8').includes('interview-session'));
	expect(own.length).toBeGreaterThan(0);
	for (const page of ['', 'kits', 'calculator', 'questions/lru-cache', 'scorecards/general-python-developer'])
		expect(
			pageScripts(dist, page).filter((s) => own.includes(s)),
			`/${page}/`,
		).toEqual([]);
});
