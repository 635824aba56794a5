/**
 * `npm run bench:build`: builds and indexes synthetic banks of 300 and 3,000 questions, and in the
 * same run the floor: a bare Astro + MDX + Pagefind site over the same 3,000 question files
 * (tests/bench/floor-site.ts). Prints seconds, milliseconds per page, peak memory and dist size.
 * Targets: the handbook at 3,000 within 1.5× the floor's time; ms per page at 3,000 within 1.3×
 * that at 300; and a question page's size flat as the bank grows (within 5 % between the sizes).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { floorProject } from './floor-site.ts';
import { removeProject, syntheticProject } from './synthetic-site.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '300,3000').split(',').map(Number);
const PAGES = ['questions/lru-cache', 'guides/role-scorecard', 'scorecards/general-python-developer'];

/** Resident memory of a process and all its descendants (Linux /proc), in bytes. */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		try {
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			total += Number(rss?.[1] ?? 0) * 1024;
		} catch {
			// Gone already.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

function dirSize(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const p = join(dir, name);
		const s = statSync(p);
		return sum + (s.isDirectory() ? dirSize(p) : s.size);
	}, 0);
}

function countPages(dir: string): number {
	return readdirSync(dir).reduce((n, name) => {
		const p = join(dir, name);
		return n + (statSync(p).isDirectory() ? countPages(p) : name.endsWith('.html') ? 1 : 0);
	}, 0);
}

async function build(dir: string): Promise<{ seconds: number; peak: number }> {
	const started = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: dir,
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(timer);
	if (code !== 0) throw new Error(`build in ${dir} failed with exit code ${code}`);
	return { seconds: (performance.now() - started) / 1000, peak };
}

interface Row {
	site: string;
	questions: number;
	pages: number;
	seconds: number;
	msPerPage: number;
	peakMb: number;
	distMb: number;
	pageBytes: Record<string, number>;
}
const rows: Row[] = [];

async function measure(site: string, dir: string, questions: number): Promise<Row> {
	console.log(`Building ${site} with ${questions} questions ...`);
	const { seconds, peak } = await build(dir);
	const pages = countPages(join(dir, 'dist'));
	const pageBytes = Object.fromEntries(
		PAGES.filter((p) => existsSync(join(dir, 'dist', p, 'index.html'))).map((p) => [
			p,
			statSync(join(dir, 'dist', p, 'index.html')).size,
		]),
	);
	return {
		site,
		questions,
		pages,
		seconds,
		msPerPage: (seconds * 1000) / pages,
		peakMb: peak / 2 ** 20,
		distMb: dirSize(join(dir, 'dist')) / 2 ** 20,
		pageBytes,
	};
}

const largest = Math.max(...SIZES);
for (const size of SIZES) {
	const dir = syntheticProject(size);
	try {
		rows.push(await measure('handbook', dir, size));
		if (size === largest) {
			const floor = floorProject(dir, size);
			try {
				rows.push(await measure('floor', floor, size));
			} finally {
				removeProject(floor);
			}
		}
	} finally {
		removeProject(dir);
	}
}

console.log(
	'\n| site | questions | pages | seconds | ms per page | peak memory (MB) | dist (MB) |\n| --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of rows)
	console.log(
		`| ${r.site} | ${r.questions} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.msPerPage.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.distMb.toFixed(1)} |`,
	);
const handbook = rows.filter((r) => r.site === 'handbook');
const first = handbook[0]!;
const last = handbook.at(-1)!;
const floor = rows.find((r) => r.site === 'floor')!;
const perPage = last.msPerPage / first.msPerPage;
const vsFloor = last.seconds / floor.seconds;
const growth = PAGES.map((p) => ({
	page: p,
	change: Math.abs(last.pageBytes[p]! - first.pageBytes[p]!) / first.pageBytes[p]!,
}));
console.log(
	`\nAt ${last.questions} questions the handbook took ${last.seconds.toFixed(1)} s and the floor ${floor.seconds.toFixed(1)} s: ${vsFloor.toFixed(2)}× (target ≤ 1.5).`,
);
console.log(`ms per page at ${last.questions} is ${perPage.toFixed(2)}× that at ${first.questions} (target ≤ 1.3).`);
for (const g of growth)
	console.log(
		`/${g.page}/: ${first.pageBytes[g.page]} bytes at ${first.questions} questions, ${last.pageBytes[g.page]} at ${last.questions} (${(g.change * 100).toFixed(1)} %, target < 5 %).`,
	);
process.exit(vsFloor <= 1.5 && perPage <= 1.3 && growth.every((g) => g.change < 0.05) ? 0 : 1);
