import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/unit/**/*.test.ts'],
		// Build and Python tests start real processes; 2-core CI machines need the headroom.
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
