import { describe, expect, it } from 'vitest';
import { exerciseFilePath } from '../../../src/lib/exercise-files.ts';
import { entryPath, STATIC_PAGES, withBase } from '../../../src/lib/routes.ts';

describe('site URLs', () => {
	it('puts each entry under its collection’s folder, with a trailing slash', () => {
		expect(entryPath('questions', 'lru-cache')).toBe('questions/lru-cache/');
		expect(entryPath('calibration', 'sum-of-squares-loop')).toBe('calibration/sum-of-squares-loop/');
		expect(exerciseFilePath('fix-the-total', 'flawed/orders.py')).toBe(
			'exercises/fix-the-total/files/flawed/orders.py',
		);
	});
	it('joins the base and a path with exactly one slash between them', () => {
		expect(withBase('/', 'questions/')).toBe('/questions/');
		expect(withBase('/handbook/', '/questions/')).toBe('/handbook/questions/');
		expect(withBase('/handbook', 'questions/')).toBe('/handbook/questions/');
		expect(withBase('/handbook', '')).toBe('/handbook/');
		// Only one leading slash of the path is dropped, so a path is never silently rewritten.
		expect(withBase('/', 'a/b/')).toBe('/a/b/');
	});
	it('lists the home page and every section’s index among the static pages', () => {
		expect(STATIC_PAGES).toContain('');
		for (const section of ['questions/', 'competencies/', 'scorecards/', 'calculator/'])
			expect(STATIC_PAGES).toContain(section);
		expect(STATIC_PAGES.every((page) => page === '' || page.endsWith('/'))).toBe(true);
	});
});
