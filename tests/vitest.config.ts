import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The unit tier: schemas, content rules on in-memory fixtures and src/lib. No build, no browser,
// no Python (those are tests/build, tests/e2e and tests/python), so it runs in seconds.
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/unit/**/*.test.ts'],
		// Under Stryker every test runs in one worker on instrumented code (a property test over the
		// handbook's scorecards took over 10 s on a loaded machine); its own mutant timeouts are
		// derived from this dry run, so the dry run only needs room to finish.
		testTimeout: process.env.STRYKER_MUTATOR_WORKER === undefined ? 10_000 : 120_000,
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary'],
			reportsDirectory: 'tests/.tmp/coverage',
			thresholds: { lines: 90, branches: 85 },
		},
	},
});
