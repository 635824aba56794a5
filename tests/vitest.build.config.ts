import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The build tier: real `astro build` runs of the fixture site. The valid fixture is built once,
// in the global setup, and shared; each failing build is started asynchronously so vitest's
// timeouts can fire and several run at once.
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/build/**/*.test.ts'],
		globalSetup: ['tests/build/setup.ts'],
		testTimeout: 240_000,
		hookTimeout: 300_000,
	},
});
