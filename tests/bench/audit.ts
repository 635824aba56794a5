/**
 * `npm run audit`: Lighthouse (mobile emulation, its default) with the system Chromium on six
 * pages of the built site, served with gzip as a static host would. Prints the four category
 * scores, LCP, CLS and total blocking time. Targets: 100 for accessibility, best practices and
 * SEO; at least 95 for performance. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { projectRoot } from './synthetic-site.ts';

const PORT = 4392;
const PAGES = [
	'/',
	'/questions/lru-cache/',
	'/scorecards/general-python-developer/',
	'/calculator/?scorecard=general-python-developer',
	'/kits/session/?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache,flaky-test-diagnosis',
	'/search/?q=gil',
];
const dist = join(projectRoot, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No build found: run npm run build first.');
	process.exit(2);
}

const server = await serveStatic(dist, '/', PORT);
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath,
	chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows: string[] = [];
let ok = true;
try {
	for (const path of PAGES) {
		const result = await lighthouse(`http://localhost:${PORT}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { categories, audits } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const [perf, a11y, bp, seo] = ['performance', 'accessibility', 'best-practices', 'seo'].map(score) as [
			number,
			number,
			number,
			number,
		];
		const lcp = (audits['largest-contentful-paint']?.numericValue ?? 0) / 1000;
		const cls = audits['cumulative-layout-shift']?.numericValue ?? 0;
		const tbt = audits['total-blocking-time']?.numericValue ?? 0;
		rows.push(
			`| ${path} | ${perf} | ${a11y} | ${bp} | ${seo} | ${lcp.toFixed(2)} s | ${cls.toFixed(3)} | ${tbt.toFixed(0)} ms |`,
		);
		if (perf < 95 || a11y < 100 || bp < 100 || seo < 100) {
			ok = false;
			const failing = Object.values(audits).filter(
				(a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
			);
			console.log(
				`${path}: below target; failing audits: ${failing.map((a) => a.id).join(', ') || '(performance metrics)'}`,
			);
		}
	}
} finally {
	await chrome.kill();
	await server.close();
}
console.log(
	'\n| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of rows) console.log(r);
process.exit(ok ? 0 : 1);
