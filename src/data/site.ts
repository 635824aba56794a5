/**
 * The site's own settings, read once at build time. The repository is where "Edit this page"
 * and the licence link go: SITE_REPOSITORY when set (the GitHub Pages workflow passes its own
 * repository), else the web address of this clone's `origin` remote. A clone with neither gets no
 * edit links rather than links to a repository that is not its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editUrl, pageSourceFile, repositoryWebUrl } from '../lib/page-nav.ts';

export const SITE_TITLE = 'Python Interview Handbook';

function originRemote(): string {
	try {
		return execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: 'pipe' });
	} catch {
		return '';
	}
}

export const REPOSITORY: string | null = process.env['SITE_REPOSITORY']
	? repositoryWebUrl(process.env['SITE_REPOSITORY'])
	: repositoryWebUrl(originRemote());
/** The branch the edit links open. */
export const EDIT_BRANCH = process.env['SITE_REPOSITORY_BRANCH'] ?? 'main';

/** "Edit this page" for a page: its content file when given, else the src/pages file for its path. */
export function editLink(pathname: string, base: string, source?: string): string | null {
	if (REPOSITORY === null) return null;
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const file = source ?? pageSourceFile(path, (f) => existsSync(join(process.cwd(), f)));
	return file ? editUrl(REPOSITORY, file, EDIT_BRANCH) : null;
}
