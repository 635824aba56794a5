// Mutation testing of the pure logic in src/lib: `npm run test:mutation`. The clear-text report's
// "All files" row is the mutation score; iterate on one module with
// `npx stryker run --mutate src/lib/scoring.ts`. Incremental mode keeps results between runs in
// tests/.tmp/, so a rerun only tests mutants whose code or covering tests changed; it also reuses
// results for mutants in module-level constants (regexes) after tests are added, so report a score
// from `npm run test:mutation -- --force`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'tests/vitest.config.ts' },
	mutate: ['src/lib/**/*.ts'],
	reporters: ['clear-text', 'progress'],
	incremental: true,
	incrementalFile: 'tests/.tmp/stryker-incremental.json',
	tempDirName: 'tests/.tmp/stryker',
	concurrency: 2,
	coverageAnalysis: 'perTest',
	// Scratch and build output are not copied into the sandbox: other runs write there meanwhile.
	ignorePatterns: ['tests/.tmp', 'dist', '.astro', 'playwright-report', 'test-results'],
};
