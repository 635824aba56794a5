/** Builds a fixture project with the real site code, to prove what `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_FILES, projectRoot } from './fixture.ts';

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Gives a fixture copy the site's code and builds it; `dir` must already hold content/. */
export function buildFixture(dir: string): BuildResult {
	for (const entry of SITE_FILES) {
		cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 180_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
