import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../support/links.ts';

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	for (const [path, html] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

describe('checkLinks', () => {
	const dir = site({
		'index.html':
			'<a href="/guides/">ok</a><a href="/guides/#steps">ok</a><a href="/missing/">x</a><a href="/guides/#nope">x</a><a href="https://example.org/">external</a><img src="/logo.svg">',
		'guides/index.html':
			'<h2 id="steps">Steps</h2><a href="../">up</a><a href="#steps">self</a><link href="/style.css" rel="stylesheet">',
		'logo.svg': '<svg/>',
	});
	it('finds missing pages, missing fragments and missing assets, naming the page', () => {
		expect(checkLinks(dir)).toEqual([
			{ page: 'guides/index.html', href: '/style.css', problem: 'no such page or file in the build' },
			{ page: 'index.html', href: '/missing/', problem: 'no such page or file in the build' },
			{ page: 'index.html', href: '/guides/#nope', problem: 'no element with id "nope" on that page' },
		]);
	});
	it('flags links that escape a sub-path base', () => {
		const sub = site({
			'index.html': '<a href="/handbook/guides/">ok</a><a href="/guides/">wrong</a>',
			'guides/index.html': '<p>g</p>',
		});
		expect(checkLinks(sub, '/handbook/')).toEqual([
			{ page: 'index.html', href: '/guides/', problem: "points outside the site's base /handbook/" },
		]);
	});
});
