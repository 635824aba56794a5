/**
 * The site's own settings, read once at build time. The repository is where "Edit this page"
 * links go: set SITE_REPOSITORY when building a fork (the GitHub Pages workflow passes its own
 * repository), so every page's link points at the clone that built it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editUrl, pageSourceFile } from '../lib/page-nav.ts';

export const SITE_TITLE = 'Python Interview Handbook';
export const REPOSITORY = process.env['SITE_REPOSITORY'] ?? 'https://github.com/python-interview-handbook/handbook';
/** The branch the edit links open. */
export const EDIT_BRANCH = process.env['SITE_REPOSITORY_BRANCH'] ?? 'main';

/** "Edit this page" for a page: its content file when given, else the src/pages file for its path. */
export function editLink(pathname: string, base: string, source?: string): string | null {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const file = source ?? pageSourceFile(path, (f) => existsSync(join(process.cwd(), f)));
	return file ? editUrl(REPOSITORY, file, EDIT_BRANCH) : null;
}
