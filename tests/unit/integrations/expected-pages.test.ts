import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPagePaths, missingPages } from '../../../src/integrations/expected-pages.ts';
import { fixtureCopy } from '../../support/fixture.ts';

/** A hand-made dist/ with a page (with an <h1>) at every path given. */
function siteWith(paths: readonly string[]): string {
	const site = mkdtempSync(join(tmpdir(), 'handbook-dist-'));
	for (const page of paths) {
		mkdirSync(join(site, page), { recursive: true });
		writeFileSync(join(site, page, 'index.html'), `<html><body><h1>${page}</h1></body></html>`);
	}
	return site;
}

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

	it('finds nothing missing in a complete site, and names a page that is removed or has no <h1>', () => {
		const dir = fixtureCopy();
		const all = expectedPagePaths(dir);
		expect(missingPages(dir, siteWith(all))).toEqual([]);
		const site = siteWith(all.filter((p) => p !== 'guides/screening/'));
		writeFileSync(join(site, 'competencies/testing/index.html'), '<html><body>oops</body></html>');
		expect(missingPages(dir, site)).toEqual(['competencies/testing/', 'guides/screening/']);
	});
});
