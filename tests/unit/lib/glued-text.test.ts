import { describe, expect, it } from 'vitest';
import { findGluedText, proseLines } from '../../../src/lib/glued-text.ts';

const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
const glued = (body: string) => findGluedText(page(body)).map((g) => `${g.kind}: ${g.text}`);

describe('findGluedText: the glued spots the site once had', () => {
	it('finds a comma glued to the next number (home page)', () => {
		expect(
			glued('<p class="lead">102 graded questions across 22 competencies,10 role scorecards and 25 guides.</p>'),
		).toEqual(['after punctuation: across 22 competencies,10 role scorecards and 25']);
	});
	it('finds a link glued to the tag after it (competency page)', () => {
		expect(
			glued(
				'<li><a class="title" href="/q/">Differences between Python 2 and Python 3</a><span class="tag">Retired</span></li>',
			),
		).toEqual(['across elements: between Python 2 and Python 3Retired']);
	});
	it('finds a word glued to the link after it (maintainers page)', () => {
		expect(glued('<p>See<a href="/guides/question-bank-health/">keeping the question bank healthy</a>.</p>')).toEqual([
			'across elements: Seekeeping the question bank',
		]);
	});
	it('finds two buttons touching (panel, calculator, kit)', () => {
		expect(glued('<p><button>Add pasted export</button><button>Clear the panel</button></p>')).toEqual([
			'across elements: Add pasted exportClear the panel',
		]);
	});
	it('finds a label touching its control, on either side', () => {
		expect(glued('<p><label for="a">Competency</label><select id="a"><option>All</option></select></p>')).toEqual([
			'across elements: Competency[control]',
		]);
		expect(glued('<p><input id="b" type="text"><label for="b">Override</label></p>')).toEqual([
			'across elements: [control]Override',
		]);
	});
});

describe('findGluedText: what is not glue', () => {
	it('accepts spaced inline elements and elements in separate blocks', () => {
		expect(glued('<p><a href="/">Python 3</a> <span>Retired</span></p>')).toEqual([]);
		expect(glued('<ul><li>one</li><li>two</li></ul><p>three</p><div>four</div>')).toEqual([]);
		expect(glued('<p>line one<br>line two</p><table><tr><td>a</td><td>b</td></tr></table>')).toEqual([]);
		expect(glued('<p><label>Level <select><option>all</option></select></label> <button>Go</button></p>')).toEqual([]);
	});
	it('accepts a label around a checkbox or radio, and hidden inputs', () => {
		expect(
			glued('<p><label><input type="checkbox">Include notes</label></p><p><input type="hidden" name="x">Done</p>'),
		).toEqual([]);
	});
	it('ignores code, scripts, styles and the head', () => {
		expect(glued('<p>Use <code>dict</code>s and <code>a,b</code>; see <kbd>Ctrl</kbd>+C.</p>')).toEqual([]);
		expect(glued('<pre><code>x,y = 1,2\nprint(x);print(y)</code></pre>')).toEqual([]);
		expect(glued('<script>a,b;c.d</script><style>a{b:c}</style><svg><title>x</title><text>a,b</text></svg>')).toEqual(
			[],
		);
		expect(findGluedText('<html><head><title>a,b</title></head><body><p>ok</p></body></html>')).toEqual([]);
	});
	it('accepts numbers, versions, times, URLs, file names, abbreviations and dotted Python names', () => {
		for (const text of [
			'It costs 1,000 and pi is 3.14 at 10:30.',
			'Python 3.x and 3.12 differ.',
			'Read https://docs.python.org/3/library/functools.html today.',
			'Open pyproject.toml, README.md and conftest.py first.',
			'Use one tool, e.g. pytest, i.e. the runner, as 8 U.S.C. 1324b says.',
			'Call functools.lru_cache, os.path.join or collections.OrderedDict, Session.get, asyncio.Queue and self.items().',
			'Mail a@b.c or see docs.python.org and example.com.',
			'The std::vector is C++.',
			'A key (catalog:v3:product:42:EUR:de), a queue (queue.Queue), a law (C.R.S. 8-5-101).',
		])
			expect(glued(`<p>${text}</p>`), text).toEqual([]);
	});
	it('still finds glue after a colon, a semicolon and a full stop in prose', () => {
		expect(glued('<p>Note:this one; and that;this. It is Done.Then more.</p>').map((g) => g.split(': ')[0])).toEqual([
			'after punctuation',
			'after punctuation',
			'after punctuation',
		]);
	});
	it('finds punctuation glue across an element boundary too', () => {
		expect(glued('<p><a href="/">Guides</a>,<a href="/">Questions</a></p>')).toEqual([
			'after punctuation: Guides,Questions',
		]);
	});
	it('decodes entities before reading', () => {
		expect(glued('<p>Tom&amp;Jerry&nbsp;<b>x</b></p>')).toEqual([]);
		expect(glued('<p>one&#44;two</p>')).toEqual(['after punctuation: one,two']);
	});
});

describe('proseLines', () => {
	it('joins inline text into one line and breaks at blocks', () => {
		expect(proseLines(page('<p>a <em>b</em> c</p><p>d</p>')).map((l) => l.replaceAll('\u0000', '|'))).toEqual([
			'a |b| c',
			'd',
		]);
	});
	it('reads a fragment with no body element', () => {
		expect(proseLines('<p>x</p>')).toEqual(['x']);
	});
});

describe('findGluedText: which elements flow, hide or break', () => {
	const inline = ['a', 'abbr', 'b', 'bdi', 'bdo', 'button', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'label'];
	const inline2 = ['mark', 'output', 'q', 's', 'small', 'span', 'strong', 'time', 'u'];
	for (const tag of [...inline, ...inline2])
		it(`<${tag}> flows in the line: two of them touching are glued`, () => {
			expect(glued(`<p><${tag}>one</${tag}><${tag}>two</${tag}></p>`)).toEqual(['across elements: onetwo']);
		});
	for (const tag of [
		'code',
		'kbd',
		'math',
		'option',
		'pre',
		'samp',
		'script',
		'style',
		'svg',
		'template',
		'title',
		'var',
	])
		it(`<${tag}> is not prose: what it holds is never checked`, () => {
			expect(glued(`<p>Say <${tag}>a,b</${tag}> now.</p>`)).toEqual([]);
		});
	for (const tag of ['select', 'textarea'])
		it(`<${tag}> glues to a word it touches`, () => {
			expect(glued(`<p><label>Name</label><${tag}></${tag}></p>`)).toEqual(['across elements: Name[control]']);
		});
	it('a text input glues; a hidden input, a checkbox and a radio do not', () => {
		expect(glued('<p>Name<input type="text"></p>')).toEqual(['across elements: Name[control]']);
		expect(glued('<p>Name<input></p>')).toEqual(['across elements: Name[control]']);
		for (const type of ['hidden', 'checkbox', "'radio'"]) expect(glued(`<p>Name<input type=${type}></p>`)).toEqual([]);
	});
	it('<wbr> stays inside the line; line breaks, rules, images and blocks end it', () => {
		expect(glued('<p>one,<wbr>two</p>')).toEqual(['after punctuation: one,two']);
		for (const tag of ['br', 'hr', 'img alt=""', 'div', 'li', 'custom-element'])
			expect(glued(`<p>one,<${tag}>two</p>`), tag).toEqual([]);
	});
	it('finds the end of an opaque element nested in itself or closed by a slash', () => {
		const svg = 'xmlns="http://www.w3.org/2000/svg"';
		expect(
			glued(`<svg ${svg}><svg ${svg}><text>a,b</text></svg><text>c,d</text></svg><p>e,f</p>`).map((g) => g.slice(-3)),
		).toEqual(['e,f']);
		expect(glued('<svg><svg/><text>a,b</text></svg><p>e,f</p>').map((g) => g.slice(-3))).toEqual(['e,f']);
		expect(glued('<svg><svg /><text>a,b</text></svg><p>e,f</p>').map((g) => g.slice(-3))).toEqual(['e,f']);
	});
	it('reads hexadecimal entities in either case, and leaves unknown ones alone', () => {
		expect(glued('<p>one&#x2c;two and&#X2C;three</p>')).toEqual([
			'after punctuation: one,two and,three',
			'after punctuation: one,two and,three',
		]);
		expect(glued('<p>AT&amp;T here</p>')).toEqual([]);
		expect(proseLines('<p>&unknown; &LT;x&gt;</p>')).toEqual(['&unknown; <x>']);
	});
	it('skips comments, and reads only the body when there is one', () => {
		expect(glued('<p>ok <!-- a,b --> fine</p>')).toEqual([]);
		expect(findGluedText('<html><head><title>a,b</title></head><body class="x"><p>c,d</p></body></html>')).toEqual([
			{ kind: 'after punctuation', text: 'c,d' },
		]);
	});
	it('flags a colon glued after a number, and glue after a closing bracket or quote', () => {
		expect(glued('<p>Step 2:write the test.</p>')).toEqual(['after punctuation: Step 2:write the test.']);
		expect(glued('<p>It (the cache),then the rest.</p>')).toEqual(['after punctuation: It (the cache),then the rest.']);
		expect(glued('<p>a ,b and fig.3 and 10:30</p>')).toEqual([]);
	});
	it('shortens long lines to whole words either side', () => {
		const long = 'alpha beta gamma delta epsilon zeta eta theta';
		expect(glued(`<p>${long} iota,kappa ${long}</p>`)).toEqual([
			'after punctuation: epsilon zeta eta theta iota,kappa alpha beta gamma delta',
		]);
	});
});
