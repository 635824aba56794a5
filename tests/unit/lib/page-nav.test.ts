import { describe, expect, it } from 'vitest';
import {
	editUrl,
	repositoryWebUrl,
	neighbours,
	pageHeadings,
	pageSourceFile,
	scrollRegions,
	tableLabel,
} from '../../../src/lib/page-nav.ts';

describe('pageHeadings', () => {
	it('lists the h2 headings with an id, in order, as text', () => {
		const html =
			'<h1 id="t">Title</h1><h2 id="card">Interviewer <em>card</em></h2><h3 id="x">Sub</h3>' +
			'<h2>No id</h2><h2 class="a" id="flags">Red &amp; green flags</h2><h2 id="empty"><span></span></h2>';
		expect(pageHeadings(html)).toEqual([
			{ id: 'card', text: 'Interviewer card' },
			{ id: 'flags', text: 'Red & green flags' },
		]);
	});
	it('finds nothing on a page without sections', () => {
		expect(pageHeadings('<p>Just text</p>')).toEqual([]);
	});
});

describe('neighbours', () => {
	const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	it('gives the entries either side', () => {
		expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
	});
	it('has no previous at the start and no next at the end', () => {
		expect(neighbours(list, 'a')).toEqual({ previous: null, next: { id: 'b' } });
		expect(neighbours(list, 'c')).toEqual({ previous: { id: 'b' }, next: null });
	});
	it('has neither for an id that is not in the list', () => {
		expect(neighbours(list, 'z')).toEqual({ previous: null, next: null });
	});
});

describe('tableLabel', () => {
	it('uses the caption when there is one', () => {
		expect(
			tableLabel('<table><caption class="visually-hidden">Weights for <b>X</b></caption><tr><th>A</th></tr></table>'),
		).toBe('Weights for X');
	});
	it('falls back to the column headers, then to "Table"', () => {
		expect(tableLabel('<table><thead><tr><th>Area</th><th> Needed </th></tr></thead><tr><td>x</td></tr></table>')).toBe(
			'Table: Area, Needed',
		);
		expect(tableLabel('<table><caption> </caption><tr><td>x</td></tr></table>')).toBe('Table');
		expect(tableLabel('<table></table>')).toBe('Table');
	});
});

describe('pageSourceFile', () => {
	const files = new Set([
		'src/pages/index.astro',
		'src/pages/maintainers.astro',
		'src/pages/calculator/index.astro',
		'src/pages/404.astro',
	]);
	const exists = (f: string) => files.has(f);
	it('maps a path to the .astro file or the folder index that renders it', () => {
		expect(pageSourceFile('', exists)).toBe('src/pages/index.astro');
		expect(pageSourceFile('/', exists)).toBe('src/pages/index.astro');
		expect(pageSourceFile('maintainers/', exists)).toBe('src/pages/maintainers.astro');
		expect(pageSourceFile('/calculator/', exists)).toBe('src/pages/calculator/index.astro');
		expect(pageSourceFile('/404.html', exists)).toBe('src/pages/404.astro');
	});
	it('gives null for a path no file renders', () => {
		expect(pageSourceFile('nowhere/', exists)).toBeNull();
	});
});

describe('editUrl', () => {
	it('links the file on the branch, whatever the slashes', () => {
		expect(editUrl('https://github.com/o/r', 'content/questions/lru-cache.mdx')).toBe(
			'https://github.com/o/r/edit/main/content/questions/lru-cache.mdx',
		);
		expect(editUrl('https://github.com/o/r/', './src/pages/index.astro', 'trunk')).toBe(
			'https://github.com/o/r/edit/trunk/src/pages/index.astro',
		);
	});
});

describe('scrollRegions', () => {
	it('wraps each table in a named region and makes code blocks focusable', () => {
		expect(
			scrollRegions(
				'<p>x</p><table><tr><th>A "b" & c</th></tr></table><pre class="language-sh"><code>ls</code></pre><pre tabindex="-1">y</pre>',
			),
		).toBe(
			'<p>x</p><div class="table-wrap" role="region" tabindex="0" aria-label="Table: A &quot;b&quot; &amp; c"><table><tr><th>A "b" & c</th></tr></table></div>' +
				'<pre tabindex="0" class="language-sh"><code>ls</code></pre><pre tabindex="-1">y</pre>',
		);
	});
});

describe('page-nav: the details', () => {
	it('decodes the entities a heading or header may hold, and folds runs of spaces', () => {
		expect(pageHeadings('<h2 id="x">a &lt;b&gt; &quot;c&quot; d&#39;s   e&#x27;s\n f</h2>')).toEqual([
			{ id: 'x', text: 'a <b> "c" d\'s e\'s f' },
		]);
	});
	it('reads headers from a first row with attributes, skipping empty ones', () => {
		expect(tableLabel('<table><tr class="h"><th scope="col">A</th><th scope="col"> </th><th>B</th></tr></table>')).toBe(
			'Table: A, B',
		);
		expect(tableLabel('<table><tr class="h"><td>x</td></tr></table>')).toBe('Table');
	});
	it('trims every leading and trailing slash of a path, and .html only at its end', () => {
		const exists = (f: string) => ['src/pages/a/b.astro', 'src/pages/x.html-notes.astro'].includes(f);
		expect(pageSourceFile('//a/b//', exists)).toBe('src/pages/a/b.astro');
		expect(pageSourceFile('x.html-notes/', exists)).toBe('src/pages/x.html-notes.astro');
	});
	it('joins the repository and the file with exactly one slash', () => {
		expect(editUrl('https://h/o/r//', '//a.md')).toBe('https://h/o/r/edit/main/a.md');
		expect(editUrl('https://h/o/r', './/a.md')).toBe('https://h/o/r/edit/main/a.md');
	});
	it('leaves a code block that has a tabindex alone, with other attributes before it', () => {
		expect(scrollRegions('<pre class="a" tabindex="-1">x</pre>')).toBe('<pre class="a" tabindex="-1">x</pre>');
	});
});

describe('repositoryWebUrl', () => {
	it.each([
		['git@github.com:acme/handbook.git', 'https://github.com/acme/handbook'],
		['ssh://git@gitlab.example.org/acme/handbook.git', 'https://gitlab.example.org/acme/handbook'],
		['https://github.com/acme/handbook.git', 'https://github.com/acme/handbook'],
		['https://github.com/acme/handbook', 'https://github.com/acme/handbook'],
		['https://token@github.com/acme/handbook.git\n', 'https://github.com/acme/handbook'],
	])('%s is edited at %s', (remote, web) => {
		expect(repositoryWebUrl(remote)).toBe(web);
	});

	it.each(['/srv/git/handbook', '../handbook.git', 'file:///srv/handbook', 'http://github.com/acme/handbook', ''])(
		'%s has no web address',
		(remote) => {
			expect(repositoryWebUrl(remote)).toBeNull();
		},
	);
});
