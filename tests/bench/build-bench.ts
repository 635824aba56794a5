/**
 * `npm run bench:build`: builds and indexes synthetic banks of 300, 1,000 and 3,000 questions and
 * prints seconds, milliseconds per page, peak memory and dist size for each. Targets: ms per page
 * at 3,000 within 1.3× of that at 300, and the 3,000-question build under 3 minutes.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { removeProject, syntheticProject } from './synthetic-site.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '300,1000,3000').split(',').map(Number);

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

const rows: { questions: number; pages: number; seconds: number; msPerPage: number; peakMb: number; distMb: number }[] =
	[];
for (const size of SIZES) {
	const dir = syntheticProject(size);
	try {
		console.log(`Building ${size} questions ...`);
		const { seconds, peak } = await build(dir);
		const pages = countPages(join(dir, 'dist'));
		rows.push({
			questions: size,
			pages,
			seconds,
			msPerPage: (seconds * 1000) / pages,
			peakMb: peak / 2 ** 20,
			distMb: dirSize(join(dir, 'dist')) / 2 ** 20,
		});
	} finally {
		removeProject(dir);
	}
}

console.log(
	'\n| questions | pages | seconds | ms per page | peak memory (MB) | dist (MB) |\n| --- | --- | --- | --- | --- | --- |',
);
for (const r of rows)
	console.log(
		`| ${r.questions} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.msPerPage.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.distMb.toFixed(1)} |`,
	);
const first = rows[0]!;
const last = rows.at(-1)!;
const ratio = last.msPerPage / first.msPerPage;
console.log(
	`\nms per page at ${last.questions} is ${ratio.toFixed(2)}× that at ${first.questions} (target ≤ 1.3); ${last.questions} questions built in ${last.seconds.toFixed(0)} s (target < 180).`,
);
process.exit(ratio <= 1.3 && last.seconds < 180 ? 0 : 1);
