/**
 * axe-core and the layout checks the accessibility and phone specs share. axe is loaded by an init
 * script (`axeSource`) and run directly: several times faster than injecting it per analysis.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** A colour scheme changes colours and nothing else, so the second scheme gets these rules only. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeRun = (
	context: Document | { exclude: string[][] },
	options: object,
) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;

/** The violations on the page, one line each; `exclude` lists selectors axe skips. */
export async function axe(
	page: Page,
	runOnly: { type: 'tag' | 'rule'; values: string[] },
	exclude: string[] = [],
): Promise<string[]> {
	return page.evaluate(
		async ({ only, skip }) => {
			// Open disclosures so hidden content is checked too.
			document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
			const run = (window as unknown as { axe: { run: AxeRun } }).axe.run;
			const context = skip.length > 0 ? { exclude: skip.map((s) => [s]) } : document;
			const { violations } = await run(context, { runOnly: only, resultTypes: ['violations'] });
			return violations.map(
				(v) =>
					`${v.id}: ${v.help} (${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(' | ')})`,
			);
		},
		{ only: runOnly, skip: exclude },
	);
}

/** What sticks out past the right edge, named so that a failure says where to look. */
export async function overflow(page: Page): Promise<{ width: number; culprits: string[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.scrollWidth;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
		return { width, culprits };
	});
}

/** Tables shown on screen outside a named, focusable scroll region. */
export async function looseTables(page: Page): Promise<string[]> {
	return page.locator('table').evaluateAll((tables) =>
		tables
			// A table the page does not show (the calculator's print summary) needs no region on screen.
			.filter((t) => t.getClientRects().length > 0 && !t.closest('[role="region"][tabindex="0"][aria-label]'))
			.map((t) => t.outerHTML.slice(0, 80)),
	);
}
