// `npm test`: every tier, each also runnable alone (npm run test:unit, test:python, test:build,
// test:e2e): content check, lint, type check and the Python blocks on every interpreter, then
// unit tests, a real build, a check of its pages for glued words, the fixture builds, and browser
// tests against the build. Each step must pass; the browser step needs Chromium, and without it
// fails under CI but skips loudly on a developer's machine.
import { spawn } from 'node:child_process';
import { chromiumFound, chromiumPath } from './support/chromium.mjs';

const node = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

// The static checks are single-threaded and the Python runner keeps two interpreters busy, so the
// two chains run side by side (about 20 s less than one after the other on two cores); each
// chain's output is held and printed whole, so logs never interleave.
const firstStage = [
	[
		['Content check', [node, 'src/cli/check-content.ts']],
		['Lint', [node, 'node_modules/eslint/bin/eslint.js', '.']],
		['Formatting', [node, 'node_modules/prettier/bin/prettier.cjs', '--check', '.']],
		['Type check', [node, 'node_modules/astro/bin/astro.mjs', 'check']],
	],
	[['Python blocks and exercises', [node, 'tests/python/run.ts']]],
];
const secondStage = [
	['Unit tests', [node, 'node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts', '--coverage']],
	['Build', [node, 'node_modules/astro/bin/astro.mjs', 'build']],
	['Glued text in the built pages', [node, 'tests/support/glued-text-check.ts']],
	['Fixture builds', [node, 'node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.build.config.ts']],
	// A second build for a sub-path, served under /handbook/ by the browser tests.
	[
		'Build for a sub-path (/handbook/)',
		[node, 'node_modules/astro/bin/astro.mjs', 'build'],
		{ SITE_BASE: '/handbook/', SITE_OUT_DIR: 'tests/.tmp/dist-base' },
	],
];

/** Runs one step; resolves with its status and, when `hold` is set, its output. */
function step([name, [command, ...args], extraEnv = {}], hold) {
	const header = `\n=== ${name}: ${[command.split('/').pop(), ...args].join(' ')}\n`;
	if (!hold) process.stdout.write(header);
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: hold ? 'pipe' : 'inherit', env: { ...env, ...extraEnv } });
		let output = header;
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		child.on('close', (status) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			const line = status === 0 ? `✓ ${name} (${seconds}s)\n` : `\n✗ ${name} failed (${seconds}s).\n`;
			resolve({ ok: status === 0, status, output: output + line, line });
		});
	});
}

async function chain(steps, hold) {
	let output = '';
	for (const s of steps) {
		const result = await step(s, hold);
		output += result.output;
		if (!hold) process.stdout.write(result.line);
		if (!result.ok) return { ...result, output };
	}
	return { ok: true, status: 0, output };
}

function fail(status) {
	process.exit(status || 1);
}

console.log('Running the static checks and the Python blocks side by side; their logs follow when both end.');
const chains = await Promise.all(firstStage.map((steps) => chain(steps, true)));
for (const c of chains) process.stdout.write(c.output);
const broken = chains.find((c) => !c.ok);
if (broken) fail(broken.status);

const second = await chain(secondStage, false);
if (!second.ok) fail(second.status);

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
const browser = await chain(
	[['Browser tests', [node, 'node_modules/@playwright/test/cli.js', 'test', '--config', 'tests/playwright.config.ts']]],
	false,
);
if (!browser.ok) fail(browser.status);
console.log('\nAll checks passed.');
