import { afterEach, describe, expect, it, vi } from 'vitest';
// The highlighter Astro runs for `markdown.syntaxHighlight: 'prism'`.
import { runHighlighterWithAstro } from '@astrojs/prism/dist/highlighter';
import { CODE_LANGUAGES, fenceLanguages, isCodeLanguage } from '../../../src/lib/code-languages.ts';

describe('fenceLanguages', () => {
	it('finds each opening fence with its line, whatever the fence, and skips closing fences', () => {
		const body = [
			'Intro',
			'```python runnable',
			'x = 1',
			'```',
			'',
			'~~~~sql',
			'SELECT 1;',
			'~~~~',
			'```',
			'plain',
			'```',
		].join('\n');
		expect(fenceLanguages(body)).toEqual([
			{ language: 'python', line: 2 },
			{ language: 'sql', line: 6 },
		]);
	});

	it('ignores inline code and indented text that merely mentions backticks', () => {
		expect(fenceLanguages('Use `x` here.\n    ```not a fence at four spaces')).toEqual([]);
	});
});

describe('the allowed languages', () => {
	afterEach(() => vi.restoreAllMocks());

	it('are all ones Astro’s Prism highlights, escaping the code', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		for (const language of CODE_LANGUAGES) {
			const { html } = await runHighlighterWithAstro(language, 'name = "<b>x</b>"  # note\n');
			expect(html, language).not.toContain('<b>');
		}
		expect(warn).not.toHaveBeenCalled();
	});

	it('highlight Python with token classes', async () => {
		const { html } = await runHighlighterWithAstro('python', 'def f():\n    return "x"  # done\n');
		expect(html).toContain('<span class="token keyword">def</span>');
		expect(html).toContain('<span class="token comment"># done</span>');
	});

	it('reject a misspelt or unsupported name', () => {
		expect(isCodeLanguage('python')).toBe(true);
		expect(isCodeLanguage('pyhton')).toBe(false);
		expect(isCodeLanguage('Python')).toBe(false);
	});
});
