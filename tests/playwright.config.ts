import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium.mjs';

import { BASE_BUILD, BASE_PATH, basePort, port } from './support/servers.ts';

// Ports of their own (see support/servers.ts), so tests never talk to a `npm start` on 4321.

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
	webServer: [
		{
			// The built site served as a static host would. Not `astro preview`: it moves to the next
			// port when its own is taken, and the tests would then talk to whatever holds it.
			command: `"${process.execPath}" tests/support/static-server.mjs dist / ${port}`,
			cwd: '..',
			url: `http://localhost:${port}/`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
		{
			// The same site built for a sub-path (see run-all.mjs), served as a static host would.
			command: `"${process.execPath}" tests/support/static-server.mjs ${BASE_BUILD} ${BASE_PATH} ${basePort}`,
			cwd: '..',
			url: `http://localhost:${basePort}${BASE_PATH}`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
	],
});
