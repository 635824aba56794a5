/**
 * `npm run test:python [files…]`: runs every ```python runnable block of the content on every
 * CPython ≥ 3.11 on this machine and on Pyodide's CPython 3.14, and each exercise's tests on the
 * native interpreters. Prints one line per interpreter with its version and counts. Under CI it
 * fails when fewer than three distinct versions, 3.14 among them, ran.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionAtLeast } from '../../src/lib/runnable.ts';
import { contentBlocks, type ContentBlock } from './blocks.ts';
import { exerciseChecks } from './exercises.ts';
import { nativeInterpreters, type Interpreter } from './interpreters.ts';
import { startPyodide } from './pyodide.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const only = process.argv.slice(2);
const blocks = contentBlocks(root, only);
if (only.length > 0 && blocks.length === 0) {
	console.error(`No runnable blocks in ${only.join(', ')}: check the paths (content/questions/<id>.mdx or a folder).`);
	process.exit(1);
}
const natives = nativeInterpreters();
const failures: string[] = [];
const lines: string[] = [];
let passed = 0;
let failed = 0;

function exec(command: string, args: string[], cwd: string, env: Record<string, string>, timeoutMs: number) {
	return new Promise<{ status: number | null; output: string; timedOut: boolean }>((resolve) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, timeout: timeoutMs });
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d));
		child.stderr.on('data', (d: Buffer) => (output += d));
		child.on('close', (status, signal) => resolve({ status, output, timedOut: signal === 'SIGTERM' }));
	});
}

async function runNative(py: Interpreter, block: ContentBlock) {
	const dir = mkdtempSync(join(tmpdir(), 'runnable-'));
	writeFileSync(join(dir, 'block.py'), block.code);
	const r = await exec(
		py.command,
		['-X', 'dev', '-W', 'error::SyntaxWarning', 'block.py'],
		dir,
		{
			PYTHONDONTWRITEBYTECODE: '1',
			PYTHONHASHSEED: '0',
		},
		30_000,
	);
	if (r.status === 0) return null;
	return r.timedOut ? 'timed out after 30 s' : r.output.trim().split('\n').slice(-8).join('\n');
}

/** Runs tasks two at a time: the machines here have two cores. */
async function pool<T>(items: T[], work: (item: T) => Promise<void>, size = 2) {
	const queue = [...items];
	await Promise.all(
		Array.from({ length: size }, async () => {
			for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
		}),
	);
}

for (const block of blocks)
	if (block.problem) {
		failures.push(`${block.label}: fence options ${block.problem}`);
		failed++;
	}

for (const py of natives) {
	const counts = { passed: 0, failed: 0, skipped: 0 };
	const applicable = blocks.filter((b) => !b.problem && versionAtLeast(py.minor, b.min));
	counts.skipped = blocks.length - applicable.length;
	await pool(applicable, async (block) => {
		const error = await runNative(py, block);
		if (error === null) counts.passed++;
		else {
			counts.failed++;
			failures.push(`${py.name}: ${block.label}\n${error}`);
		}
	});
	if (only.length === 0)
		for (const check of exerciseChecks(root)) {
			const r = await exec(
				py.command,
				['-m', 'unittest', check.test],
				check.cwd,
				{
					PYTHONPATH: check.moduleDir,
					PYTHONDONTWRITEBYTECODE: '1',
				},
				120_000,
			);
			const ok = check.expect === 'pass' ? r.status === 0 : r.status !== 0 && /FAILED|Error/.test(r.output);
			if (ok) counts.passed++;
			else {
				counts.failed++;
				failures.push(`${py.name}: ${check.label}\n${r.output.trim().split('\n').slice(-12).join('\n')}`);
			}
		}
	passed += counts.passed;
	failed += counts.failed;
	lines.push(summary(py.name, counts));
}

const pyodide = await startPyodide();
{
	const counts = { passed: 0, failed: 0, skipped: 0 };
	for (const block of blocks) {
		if (block.problem || block.needs.length > 0 || !versionAtLeast(pyodide.minor, block.min)) {
			counts.skipped++;
			continue;
		}
		const r = pyodide.run(block.code, block.file);
		if (r.ok) counts.passed++;
		else {
			counts.failed++;
			failures.push(`${pyodide.name}: ${block.label}\n${r.report}`);
		}
	}
	passed += counts.passed;
	failed += counts.failed;
	lines.push(summary(pyodide.name, counts));
}

function summary(name: string, c: { passed: number; failed: number; skipped: number }) {
	const parts = [`${c.passed} passed`];
	if (c.failed) parts.push(`${c.failed} failed`);
	if (c.skipped) parts.push(`${c.skipped} not applicable`);
	return `${name}: ${parts.join(', ')}`;
}

if (failures.length > 0) console.error(`\n${failures.join('\n\n')}\n`);
console.log(lines.join('\n'));
const minors = new Set([...natives.map((n) => n.minor), pyodide.minor]);
if (process.env['CI'] && (minors.size < 3 || !minors.has('3.14'))) {
	console.error(`CI must run at least three Python versions including 3.14; found ${[...minors].join(', ')}.`);
	failed++;
}
if (natives.length === 0) {
	const message = 'no CPython 3.11 or later was found: install python3 to run the blocks natively.';
	if (process.env['CI']) {
		console.error(message);
		failed++;
	} else console.warn(`\n*** SKIPPING native runs: ${message} ***`);
}
console.log(`python: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
