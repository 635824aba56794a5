import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPagePaths, missingPages } from '../../../src/integrations/expected-pages.ts';
import { buildFixture } from '../../support/build.ts';
import { fixtureCopy } from '../../support/fixture.ts';

describe('the post-build page check', () => {
	it('expects a page for every entry and every fixed page', () => {
		const paths = expectedPagePaths(fixtureCopy());
		expect(paths).toEqual(
			expect.arrayContaining([
				'',
				'questions/',
				'questions/sum-of-squares/',
				'scorecards/general/',
				'calibration/sum-of-squares-loop/',
				'levels/staff/',
			]),
		);
	});

	it('finds nothing missing in a complete build, and names a page that is removed or empty', () => {
		const dir = fixtureCopy();
		const { status, output } = buildFixture(dir);
		expect(status, output).toBe(0);
		const site = join(dir, 'dist');
		expect(missingPages(dir, site)).toEqual([]);
		rmSync(join(site, 'guides/screening'), { recursive: true });
		mkdirSync(join(site, 'competencies/testing'), { recursive: true });
		writeFileSync(join(site, 'competencies/testing/index.html'), '<html><body>oops</body></html>');
		expect(missingPages(dir, site)).toEqual(['competencies/testing/', 'guides/screening/']);
	});
});
