import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The unit tier: schemas, content rules on in-memory fixtures and src/lib. No build, no browser,
// no Python (those are tests/build, tests/e2e and tests/python), so it runs in seconds.
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 10_000,
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary'],
			reportsDirectory: 'tests/.tmp/coverage',
			thresholds: { lines: 90, branches: 85 },
		},
	},
});
