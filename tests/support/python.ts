/**
 * Runs Python code blocks from the content with the machine's python3, one process per block,
 * so a failure names the entry and the block and nothing leaks between blocks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PYTHON = process.env['PYTHON'] ?? 'python3';

export function pythonVersion(): string | null {
	const r = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
	return r.status === 0 ? `${r.stdout}${r.stderr}`.trim() : null;
}

export interface BlockRun {
	ok: boolean;
	/** A one-paragraph report that names the entry, the block and its line, and the error. */
	report: string;
}

export function runBlock(label: string, code: string, timeoutMs = 20_000): BlockRun {
	const dir = mkdtempSync(join(tmpdir(), 'runnable-'));
	const file = join(dir, 'block.py');
	writeFileSync(file, code);
	const r = spawnSync(PYTHON, ['-X', 'dev', '-W', 'error::SyntaxWarning', file], {
		cwd: dir,
		encoding: 'utf8',
		timeout: timeoutMs,
		env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
	});
	if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
		return { ok: false, report: `${label}: timed out after ${timeoutMs / 1000}s` };
	}
	if (r.status === 0) return { ok: true, report: `${label}: passed` };
	const tail = `${r.stderr}`.trim().split('\n').slice(-8).join('\n');
	return { ok: false, report: `${label}: exited with ${r.status}\n${tail}` };
}

/** Runs a test module with unittest, with `moduleDir` first on the import path. */
export function runUnittest(cwd: string, testFile: string, moduleDir: string, timeoutMs = 60_000) {
	return spawnSync(PYTHON, ['-m', 'unittest', '-v', testFile], {
		cwd,
		encoding: 'utf8',
		timeout: timeoutMs,
		env: { ...process.env, PYTHONPATH: moduleDir, PYTHONDONTWRITEBYTECODE: '1' },
	});
}
