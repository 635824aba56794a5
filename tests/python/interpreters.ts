/**
 * The Python interpreters on this machine that the runnable blocks and exercise tests run on:
 * `python3`, every `python3.N` on PATH, pyenv's versions: one CPython per minor version (its newest
 * patch release), and only those at least as new as OLDEST_PYTHON. `PYTHON=/path/to/python` narrows the list to one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { OLDEST_PYTHON, versionAtLeast } from '../../src/lib/runnable.ts';

export interface Interpreter {
	/** "CPython 3.12.1" */
	name: string;
	/** "3.12" */
	minor: string;
	command: string;
}

function candidates(): string[] {
	if (process.env['PYTHON']) return [process.env['PYTHON']];
	const found = ['python3'];
	for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
		if (!dir || !existsSync(dir) || dir.includes('pyenv/shims')) continue;
		for (const name of readdirSync(dir)) if (/^python3\.\d+$/.test(name)) found.push(join(dir, name));
	}
	const pyenv = join(process.env['PYENV_ROOT'] ?? join(homedir(), '.pyenv'), 'versions');
	if (existsSync(pyenv))
		for (const v of readdirSync(pyenv)) {
			const bin = join(pyenv, v, 'bin', 'python3');
			if (/^3\.\d+\.\d+$/.test(v) && existsSync(bin)) found.push(bin);
		}
	return found;
}

const patchOf = (version: string) => Number(version.replace(/^CPython /, '').split('.')[2] ?? 0);

export function nativeInterpreters(): Interpreter[] {
	const byVersion = new Map<string, Interpreter>();
	for (const command of candidates()) {
		const r = spawnSync(
			command,
			['-c', 'import platform; print(platform.python_implementation(), platform.python_version())'],
			{
				encoding: 'utf8',
			},
		);
		if (r.status !== 0) continue;
		const [impl = '', version = ''] = r.stdout.trim().split(' ');
		const minor = version.split('.').slice(0, 2).join('.');
		// One interpreter per minor version, the newest patch release: 3.11.2 and 3.11.7 run the same code.
		if (impl !== 'CPython' || !versionAtLeast(minor, OLDEST_PYTHON)) continue;
		const known = byVersion.get(minor);
		if (known && patchOf(known.name) >= patchOf(version)) continue;
		let path = command;
		try {
			path = realpathSync(command);
		} catch {
			// a bare name on PATH: keep it as it is
		}
		byVersion.set(minor, { name: `CPython ${version}`, minor, command: path });
	}
	return [...byVersion.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
