/** Builds site URLs that respect the configured base path (SITE_BASE), for pages and components. */
import { entryPath, withBase, type RoutedCollection } from '../lib/routes.ts';

export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

export function entryHref(collection: RoutedCollection, id: string): string {
	return href(entryPath(collection, id));
}
