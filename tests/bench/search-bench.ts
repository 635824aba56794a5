/**
 * `npm run bench:search`: builds a synthetic site of 3,000 questions, serves it as a static
 * host would (gzip on), and measures in Chromium, for the interviewer queries the browser tests
 * check on the real bank (tests/support/interviewer-queries.ts):
 * - bytes: in a fresh browser, everything the server writes from the first focus of the header
 *   search field, through typing the query, to its first results on screen (Pagefind's library,
 *   worker if any, engine, index chunks and result fragments; headers included);
 * - time: in another fresh browser, once the index for the query is loaded, the time from the
 *   last keystroke to results on screen (the typing debounce included).
 * - rank: where the page the query looks for comes among the five results shown (synthetic
 *   copies of a question share its text, so this is a sanity check, not the relevance test).
 * Targets: under 150 KB and under 300 ms. BENCH_QUESTIONS changes the bank size; BENCH_SITE
 * names a synthetic project already built (kept afterwards), to measure again without a build.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { removeProject, syntheticProject } from './synthetic-site.ts';
import { INTERVIEWER_QUERIES } from '../support/interviewer-queries.ts';
import { liveQuery } from '../../src/lib/search-state.ts';

const COUNT = Number(process.env['BENCH_QUESTIONS'] ?? 3000);
const PORT = 4391;
const ORIGIN = `http://localhost:${PORT}`;

const reuse = process.env['BENCH_SITE'];
const dir = reuse ?? syntheticProject(COUNT);
if (!reuse) {
	console.log(`Building a synthetic site with ${COUNT} questions in ${dir} ...`);
	const started = performance.now();
	// Large buffers: thousands of pages make for long build logs.
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) {
		console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
		process.exit(1);
	}
	console.log(`Built and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

const server = await serveStatic(join(dir, 'dist'), '/', PORT);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** A reading page in a fresh browser context (nothing cached), fully loaded. */
async function freshPage(b: Browser): Promise<Page> {
	const context = await b.newContext();
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/questions/lru-cache/`);
	await page.waitForLoadState('networkidle');
	return page;
}

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search', exact: true });
const resultsFor = (page: Page, query: string) =>
	page.locator('.search-panel [role="status"]').filter({ hasText: `“${query}”` });

async function bytesToFirstResults(
	query: string,
	expected: string,
): Promise<{ kb: number; results: string; rank: string }> {
	const page = await freshPage(browser);
	const before = server.bytesSent();
	await searchbox(page).focus();
	await searchbox(page).pressSequentially(query);
	await resultsFor(page, query).waitFor();
	const kb = (server.bytesSent() - before) / 1024;
	const results = (await resultsFor(page, query).textContent()) ?? '';
	const urls = await page
		.locator('.search-panel .search-result a.title')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const at = urls.indexOf(expected);
	await page.context().close();
	return { kb, results, rank: at < 0 ? 'not shown' : String(at + 1) };
}

async function msToResults(query: string): Promise<number> {
	const page = await freshPage(browser);
	const input = searchbox(page);
	await input.focus();
	// Load the library and this query's index first, then time the keystroke that completes it.
	await input.pressSequentially(query);
	await resultsFor(page, query).waitFor();
	await input.press('Backspace');
	// "N+" searches nothing (too short once the symbol is dropped): then there is no status to wait for.
	if (liveQuery(query.slice(0, -1)) !== '') await resultsFor(page, query.slice(0, -1)).waitFor();
	// The status may still name the full query: empty it, so only the new results can fill it.
	await page.locator('.search-panel [role="status"]').evaluate((el) => (el.textContent = ''));
	const t0 = performance.now();
	await input.press(query.slice(-1));
	await resultsFor(page, query).waitFor();
	const ms = performance.now() - t0;
	await page.context().close();
	return ms;
}

const rows: { query: string; kb: number; ms: number; results: string; rank: string }[] = [];
try {
	for (const [query, expected] of INTERVIEWER_QUERIES) {
		const { kb, results, rank } = await bytesToFirstResults(query, expected);
		rows.push({ query, kb, ms: await msToResults(query), results, rank });
	}
} finally {
	await browser.close();
	await server.close();
	if (!reuse) removeProject(dir);
}

console.log(
	`\n| query | KB transferred, focus to first results | ms, last keystroke to results | rank of the page sought | results |`,
);
console.log(`| --- | --- | --- | --- | --- |`);
for (const r of rows)
	console.log(`| ${r.query} | ${r.kb.toFixed(1)} | ${r.ms.toFixed(0)} | ${r.rank} | ${r.results} |`);
const worstKb = Math.max(...rows.map((r) => r.kb));
const worstMs = Math.max(...rows.map((r) => r.ms));
console.log(
	`\nWorst: ${worstKb.toFixed(1)} KB (target < 150), ${worstMs.toFixed(0)} ms (target < 300), on ${COUNT} questions.`,
);
process.exit(worstKb < 150 && worstMs < 300 ? 0 : 1);
