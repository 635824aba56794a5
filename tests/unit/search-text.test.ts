import { describe, expect, it } from 'vitest';
import { separateBlockWords } from '../../src/lib/search-text.ts';

/** The words Pagefind would see: tags dropped as it drops them, with no space of their own. */
const words = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.split(/\s+/)
		.filter(Boolean);

describe('separateBlockWords', () => {
	it('keeps a definition term and its description as separate words', () => {
		const html = '<dl><dt>Format</dt><dd>Coding</dd><dt>Time</dt><dd>20 minutes</dd></dl>';
		expect(words(html)).toEqual(['FormatCodingTime20', 'minutes']);
		expect(words(separateBlockWords(html))).toEqual(['Format', 'Coding', 'Time', '20', 'minutes']);
	});

	it('keeps table headers and captions apart, in any letter case', () => {
		const html =
			'<table><caption>Weights for Data engineer</caption><tr><TH>Competency</TH><th>Weight</th></tr></table>';
		expect(words(separateBlockWords(html))).toEqual(['Weights', 'for', 'Data', 'engineer', 'Competency', 'Weight']);
	});

	it('leaves inline elements alone, so a word split by markup stays one word', () => {
		const html = '<p>Use <code>functools</code>.<em>cache</em> and re<strong>try</strong></p>';
		expect(separateBlockWords(html)).toBe(html);
	});

	it('separates the words of every block element Pagefind would otherwise join', () => {
		// Pagefind breaks words at p, li, td, div and headings itself; these it does not.
		const blocks = [
			'address',
			'blockquote',
			'caption',
			'dd',
			'details',
			'dl',
			'dt',
			'figcaption',
			'figure',
			'legend',
			'ol',
			'summary',
			'table',
			'tfoot',
			'th',
			'thead',
			'tbody',
			'tr',
		];
		for (const tag of blocks) {
			const html = `<${tag}>first</${tag}><${tag}>second</${tag}>`;
			expect(words(separateBlockWords(html)), tag).toEqual(['first', 'second']);
		}
		// Only the closing tag gets the space, and only whole tag names count.
		expect(separateBlockWords('<dd>a</dd><b>c</b><trace>d</trace>')).toBe('<dd>a </dd><b>c</b><trace>d</trace>');
	});
});
