// `npm test`: every tier in turn, each also runnable alone (npm run test:unit, test:python,
// test:build, test:e2e): content check, lint, unit tests, the Python blocks on every interpreter,
// type check, a real build, a check of its pages for glued words, the fixture builds, then browser tests against the build. Each step
// must pass; the browser step needs Chromium, and without it fails under CI but skips loudly on a
// developer's machine.
import { spawnSync } from 'node:child_process';
import { chromiumFound, chromiumPath } from './support/chromium.mjs';

const node = process.execPath;
const steps = [
	['Content check', [node, 'src/cli/check-content.ts']],
	['Lint', [node, 'node_modules/eslint/bin/eslint.js', '.']],
	['Formatting', [node, 'node_modules/prettier/bin/prettier.cjs', '--check', '.']],
	['Unit tests', [node, 'node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts', '--coverage']],
	['Python blocks and exercises', [node, 'tests/python/run.ts']],
	['Type check', [node, 'node_modules/astro/bin/astro.mjs', 'check']],
	['Build', [node, 'node_modules/astro/bin/astro.mjs', 'build']],
	['Glued text in the built pages', [node, 'tests/support/glued-text-check.ts']],
	['Fixture builds', [node, 'node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.build.config.ts']],
];
// A second build for a sub-path, served under /handbook/ by the browser tests.
const subPathBuild = [
	'Build for a sub-path (/handbook/)',
	[node, 'node_modules/astro/bin/astro.mjs', 'build'],
	{ SITE_BASE: '/handbook/', SITE_OUT_DIR: 'tests/.tmp/dist-base' },
];

function run(name, [command, ...args], env = {}) {
	console.log(`\n=== ${name}: ${[command.split('/').pop(), ...args].join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`\n✗ ${name} failed (${seconds}s).`);
		process.exit(result.status ?? 1);
	}
	console.log(`✓ ${name} (${seconds}s)`);
}

for (const step of steps) run(...step);
run(...subPathBuild);

if (!chromiumFound) {
	const message = `Chromium was not found at ${chromiumPath}; the browser tests cannot run.`;
	if (process.env.CI) {
		console.error(`\n✗ ${message} CI must run them: apt-get install -y chromium, or set CHROMIUM_PATH.`);
		process.exit(1);
	}
	console.warn(
		`\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS: ${message}\n!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.\n${'!'.repeat(78)}`,
	);
	process.exit(0);
}
run('Browser tests', [node, 'node_modules/@playwright/test/cli.js', 'test', '--config', 'tests/playwright.config.ts']);
console.log('\nAll checks passed.');
