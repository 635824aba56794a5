import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium.mjs';

// A port of its own, so tests never talk to a `npm start` left running on 4321.
const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
	testDir: './e2e',
	outputDir: './.tmp/test-results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		trace: 'off',
	},
	webServer: {
		// --ignore-lock: run beside a `npm start` preview the author may have open.
		command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --port ${port} --host localhost --ignore-lock`,
		cwd: '..',
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
