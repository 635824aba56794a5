/**
 * URL folders for each content type. Pages, links, exports and the post-build page check all
 * build URLs from here, so a URL scheme change happens in one place.
 */
export const ENTRY_ROUTES = {
	competencies: 'competencies',
	questions: 'questions',
	scorecards: 'scorecards',
	guides: 'guides',
	exercises: 'exercises',
	calibration: 'calibration',
	levels: 'levels',
} as const;

export type RoutedCollection = keyof typeof ENTRY_ROUTES;

/** Pages that exist whatever the content (paths without the base, with a trailing slash). */
export const STATIC_PAGES = [
	'',
	'questions/',
	'competencies/',
	'scorecards/',
	'guides/',
	'exercises/',
	'calibration/',
	'calibration/workshop/',
	'levels/',
	'rating-scale/',
	'contribute/',
	'contribute/guide/',
	'kits/',
	'kits/session/',
	'search/',
	'maintainers/',
	'calculator/',
	'calculator/panel/',
] as const;

/** The site-relative path of an entry's page, e.g. `questions/lru-cache/`. */
export function entryPath(collection: RoutedCollection, id: string): string {
	return `${ENTRY_ROUTES[collection]}/${id}/`;
}

/** Joins the configured base (e.g. `/` or `/handbook/`) and a site-relative path. */
export function withBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\//, '')}`;
}
