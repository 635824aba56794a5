/** Builds a fixture project with the real site code, to prove what `npm run build` does. */
import { spawn } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_FILES, projectRoot } from './fixture.ts';

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Gives a fixture copy the site's code and builds it; `dir` must already hold content/. */
export function buildFixture(dir: string, timeoutMs = 240_000): Promise<BuildResult> {
	for (const entry of SITE_FILES) {
		cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			timeout: timeoutMs,
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d));
		child.stderr.on('data', (d: Buffer) => (output += d));
		child.on('close', (status) => resolve({ status, output }));
	});
}
