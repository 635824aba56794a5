/**
 * `npm run bench:search`: builds a synthetic site of 3,000 questions, serves it as a static
 * host would (gzip on), and measures in Chromium, for ten interviewer queries: the bytes
 * transferred from the first focus of the search field to the first results, and the time from
 * the last keystroke to results on screen. Targets: under 150 KB and under 300 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { projectRoot, removeProject, syntheticProject } from './synthetic-site.ts';

const COUNT = Number(process.env['BENCH_QUESTIONS'] ?? 3000);
const PORT = 4391;
const QUERIES = [
	'GIL',
	'LRU cache',
	'flaky test',
	'senior data engineer',
	'Dockerfile',
	'error budget',
	'mutable default',
	'TaskGroup',
	'pickle',
	'calibration',
];

const dir = syntheticProject(COUNT);
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

const server = spawn(
	process.execPath,
	[join(projectRoot, 'tests/support/static-server.mjs'), join(dir, 'dist'), '/', String(PORT)],
	{ stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: { query: string; kb: number; ms: number; results: string }[] = [];
try {
	for (const query of QUERIES) {
		// A fresh context per query: nothing cached, so the first query's full cost is measured.
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`http://localhost:${PORT}/questions/lru-cache/`);
		let bytes = 0;
		page.on('requestfinished', async (request) => {
			const sizes = await request.sizes().catch(() => null);
			if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
		});
		const input = page.getByRole('searchbox', { name: 'Search', exact: true });
		await input.focus();
		await input.pressSequentially(query.slice(0, -1));
		const status = page.locator('.search-panel [role="status"]');
		await status.filter({ hasText: `“${query.slice(0, -1)}”` }).waitFor();
		const t0 = performance.now();
		await input.press(query.slice(-1));
		await status.filter({ hasText: `“${query}”` }).waitFor();
		const ms = performance.now() - t0;
		await page.waitForLoadState('networkidle');
		rows.push({ query, kb: bytes / 1024, ms, results: (await status.textContent()) ?? '' });
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
	removeProject(dir);
}

console.log(`\n| query | KB transferred, focus to results | ms, last keystroke to results |\n| --- | --- | --- |`);
for (const r of rows) console.log(`| ${r.query} | ${r.kb.toFixed(1)} | ${r.ms.toFixed(0)} |`);
const worstKb = Math.max(...rows.map((r) => r.kb));
const worstMs = Math.max(...rows.map((r) => r.ms));
console.log(
	`\nWorst: ${worstKb.toFixed(1)} KB (target < 150), ${worstMs.toFixed(0)} ms (target < 300), on ${COUNT} questions.`,
);
process.exit(worstKb < 150 && worstMs < 300 ? 0 : 1);
