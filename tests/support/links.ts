/**
 * Checks every internal link, asset reference and #fragment in a built site: each must resolve
 * to a file in the build (and the fragment to an id in that page). Reports the page it is on.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
	page: string;
	href: string;
	problem: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let found = ids.get(file);
	if (!found) {
		found = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
		ids.set(file, found);
	}
	return found;
}

/** `base` is the path the site is served under, e.g. "/" or "/handbook/". */
export function checkLinks(dist: string, base = '/', origin = 'http://localhost'): BrokenLink[] {
	ids.clear();
	const broken: BrokenLink[] = [];
	for (const file of htmlFiles(dist)) {
		const rel = relative(dist, file).split('\\').join('/');
		const pageUrl = new URL(`${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`, origin);
		const html = readFileSync(file, 'utf8').replace(/<script[^>]*>[\s\S]*?<\/script>/g, (s) =>
			/\ssrc=/.test(s) ? s.replace(/>[\s\S]*<\/script>/, '></script>') : '',
		);
		for (const m of html.matchAll(/<(a|link|script|img|form)\b[^>]*?\s(href|src|action)="([^"]*)"/g)) {
			const href = m[3]!.replace(/&amp;/g, '&');
			if (href === '' || /^(mailto|tel|data|blob|javascript):/i.test(href)) continue;
			const url = new URL(href, pageUrl);
			if (url.origin !== origin) continue; // external (none are expected, but not this check's job)
			if (!url.pathname.startsWith(base)) {
				broken.push({ page: rel, href, problem: `points outside the site's base ${base}` });
				continue;
			}
			let target = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
			if (url.pathname.endsWith('/')) target = join(target, 'index.html');
			else if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
			if (!existsSync(target)) {
				broken.push({ page: rel, href, problem: 'no such page or file in the build' });
				continue;
			}
			if (
				url.hash.length > 1 &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			) {
				broken.push({ page: rel, href, problem: `no element with id "${url.hash.slice(1)}" on that page` });
			}
		}
	}
	return broken;
}
