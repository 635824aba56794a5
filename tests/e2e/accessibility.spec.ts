/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every page of the built site, in light
 * and dark schemes, at desktop width and on a 360 px phone (where nothing may scroll sideways),
 * plus the tools in use; and keyboard order with a visible focus indicator.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlPages } from '../../src/integrations/sitemap.ts';
import { COLOUR_RULES, TAGS, axe, axeSource, looseTables, overflow } from '../support/axe.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 800 };
const everyPage = [...htmlPages(dist).map((p) => (p === '' ? '/' : `/${p}/`)), '/404.html'];
const toolStates = [
	'/calculator/?scorecard=general-python-developer',
	'/kits/?scorecard=general-python-developer&stage=1&minutes=60',
	'/kits/session/?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache,flaky-test-diagnosis',
	'/search/?q=gil&level=senior',
	// Facets with disabled options, and the question bank's empty state.
	'/search/?type=Guide',
	'/questions/?competency=concurrency',
	'/questions/?level=staff&maxMinutes=1',
];
/** Every WCAG A/AA rule in the light scheme, then the colour rules in the dark scheme. */
async function bothSchemes(page: Page, path: string): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(path);
	expect(await axe(page, { type: 'tag', values: TAGS }), `${path} (light)`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axe(page, { type: 'rule', values: COLOUR_RULES }), `${path} (dark)`).toEqual([]);
}

// One browser tab per worker for the page-by-page checks: opening a context and a renderer for
// each of 200 pages cost more than checking them.
const test = base.extend<{ page: Page }, { axePage: Page }>({
	axePage: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			await context.addInitScript({ content: axeSource });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ page }, use) => {
		await page.context().addInitScript({ content: axeSource });
		await use(page);
	},
});

/**
 * At 360 px, in the same visit: nothing scrolls sideways, tables are named scroll regions, and axe
 * again in both schemes. Code blocks are left out of the phone's axe runs: they scroll and never
 * wrap, so their tokens' colours and markup are the ones just checked at desktop width, and on
 * pages with long code they were most of the time.
 */
async function onAPhone(page: Page, path: string): Promise<void> {
	await page.setViewportSize(PHONE);
	await page.emulateMedia({ colorScheme: 'light' });
	const { width, culprits } = await overflow(page);
	expect(width, `${path} is ${width} px wide at 360 px; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(
		PHONE.width,
	);
	expect(await looseTables(page), `${path}: tables outside a named, focusable scroll region`).toEqual([]);
	expect(await axe(page, { type: 'tag', values: TAGS }, ['pre']), `${path} (360 px, light)`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axe(page, { type: 'rule', values: COLOUR_RULES }, ['pre']), `${path} (360 px, dark)`).toEqual([]);
}

// One page per test: a test's work, and so its time, does not grow with the site or the load.
for (const path of everyPage) {
	test(`${path}: no WCAG A/AA violations at 1280 and 360 px, light and dark; nothing scrolls sideways on a phone`, async ({
		axePage,
	}) => {
		await axePage.setViewportSize(DESKTOP);
		await bothSchemes(axePage, path);
		await onAPhone(axePage, path);
	});
}

for (const path of toolStates) {
	test(`${path}, loaded with state: no violations in either scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await axe(page, { type: 'tag', values: TAGS }), path).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(page, { type: 'rule', values: COLOUR_RULES }), `${path} (dark)`).toEqual([]);
	});
}

test('the calculator after rating still has no violations (results, sensitivity, override shown)', async ({ page }) => {
	await page.goto('/calculator/?scorecard=general-python-developer');
	for (const name of [/^Technical knowledge/, /^Problem solving/, /^Communication/, /^Team fit/]) {
		await page.getByRole('group', { name }).getByRole('radio', { name: /^3 ·/ }).check();
	}
	await page.getByRole('button', { name: 'Apply override' }).click();
	expect(await axe(page, { type: 'tag', values: TAGS })).toEqual([]);
});

test('the kit with warned questions (retired, off-level, a variation note, a refused id) has no violations', async ({
	page,
}) => {
	await page.goto(
		'/kits/?scorecard=general-python-developer&stage=1&q=python-2-vs-3,api-versioning,token-bucket-rate-limiter~2,gone',
	);
	await expect(page.getByRole('note').first()).toBeVisible();
	expect(await axe(page, { type: 'tag', values: TAGS })).toEqual([]);
});

test('the workshop in use (7 raters, results shown, sheet cleared) has no violations in either scheme', async ({
	page,
}) => {
	await page.goto('/calibration/workshop/');
	for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Add a rater' }).click();
	await page.getByRole('button', { name: 'Reveal reference ratings' }).click();
	await page.getByRole('button', { name: 'Clear the sheet' }).click();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axe(page, { type: 'tag', values: TAGS }), scheme).toEqual([]);
	}
});

test('the calculator asking about a link, viewing one, and on a phone has no violations', async ({ page }) => {
	const card = JSON.parse(readFileSync(`${dist}/api/scorecards.json`, 'utf8')).find(
		(c: { id: string }) => c.id === 'general-python-developer',
	);
	const scoring = { weights: card.weights, thresholds: { pass: 1, hold: 1 }, minCoverage: card.minCoverage };
	const link = `#s=${Buffer.from(JSON.stringify({ v: 1, scorecard: card.id, card: scoring, ratings: { communication: 4 } })).toString('base64url')}`;
	await page.goto(`/calculator/?scorecard=${card.id}`);
	await page
		.getByRole('group', { name: /^Communication/ })
		.getByRole('radio', { name: /^2 ·/ })
		.check();
	await page.goto(`/calculator/${link}`);
	await expect(page.getByRole('button', { name: 'Keep mine' })).toBeVisible();
	expect(await axe(page, { type: 'tag', values: TAGS }), 'link choice').toEqual([]);
	await page.getByRole('button', { name: 'Open theirs, view only (not saved)' }).click();
	await expect(page.getByRole('button', { name: 'Back to my saved work' })).toBeVisible();
	expect(await axe(page, { type: 'tag', values: TAGS }), 'viewing a link').toEqual([]);
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await axe(page, { type: 'tag', values: TAGS }), 'phone').toEqual([]);
});

test('the panel with imported exports, one refused, has no violations in either scheme', async ({ page }) => {
	const card = JSON.parse(readFileSync(`${dist}/api/scorecards.json`, 'utf8')).find(
		(c: { id: string }) => c.id === 'general-python-developer',
	);
	const file = (interviewer: string, r: number) =>
		JSON.stringify({
			format: 'python-interview-handbook/rating',
			version: 1,
			scorecard: card.id,
			card: { weights: card.weights, thresholds: card.thresholds, minCoverage: card.minCoverage },
			interviewer,
			candidate: 'Sam',
			ratings: Object.fromEntries(
				card.weights.map((w: { competency: string }, i: number) => [w.competency, i === 0 ? r : 3]),
			),
			notes: {},
			override: null,
		});
	await page.goto('/calculator/panel/');
	for (const text of [file('Ana', 4), file('Ben', 2), 'not json']) {
		await page.getByLabel('Or paste one export').fill(text);
		await page.getByRole('button', { name: 'Add pasted export' }).click();
	}
	await expect(page.getByRole('alert')).toBeVisible();
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await axe(page, { type: 'tag', values: TAGS })).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axe(page, { type: 'rule', values: COLOUR_RULES })).toEqual([]);
});

test('the session with evidence, and the calculator it opens, have no violations', async ({ page }) => {
	await page.goto(
		'/kits/session/?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache,flaky-test-diagnosis',
	);
	await page.getByRole('button', { name: 'Start the clock' }).click();
	await page
		.getByRole('group', { name: /^Must-show points/ })
		.getByRole('checkbox')
		.first()
		.check();
	await page
		.getByRole('checkbox', { name: /^Hint given/ })
		.last()
		.check();
	await page.getByLabel(/^Note on /).fill('Explained eviction order first.');
	await page.getByRole('button', { name: 'Add note' }).click();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axe(page, { type: 'tag', values: TAGS }), `session (${scheme})`).toEqual([]);
	}
	await page.getByRole('button', { name: 'Finish and rate' }).click();
	await expect(page.getByRole('heading', { name: 'Evidence from the interview session' })).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axe(page, { type: 'tag', values: TAGS }), `calculator with session evidence (${scheme})`).toEqual([]);
	}
});

const keyboardPages = [
	'/',
	'/questions/lru-cache/',
	'/competencies/concurrency/',
	'/scorecards/general-python-developer/',
	'/guides/role-scorecard/',
	'/exercises/payment-retry-debugging/',
	'/calibration/lru-cache-dict-and-key-list/',
	'/questions/',
	'/calculator/?scorecard=general-python-developer',
	'/kits/?scorecard=general-python-developer&stage=1&minutes=60',
	'/kits/session/?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache',
	'/search/?q=gil',
];

for (const path of keyboardPages) {
	test(`keyboard: on ${path} Tab reaches the skip link first, then every control in document order, each with a visible focus ring`, async ({
		page,
	}) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const focusable = await page.evaluate(
			() =>
				[
					...document.querySelectorAll(
						'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
					),
				].filter((el) => {
					const r = (el as HTMLElement).getBoundingClientRect();
					return (
						(el as HTMLElement).offsetParent !== null &&
						r.width > 0 &&
						r.height > 0 &&
						!(el as HTMLInputElement).matches('input[type="radio"]:not(:checked)')
					);
				}).length,
		);
		const steps = Math.min(focusable, 40);
		let previous: string | null = null;
		for (let i = 0; i < steps; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const all = [...document.querySelectorAll('*')];
				return {
					index: all.indexOf(el),
					name: el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label') || el.tagName,
					ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
				};
			});
			expect(info, `Tab ${i + 1} left the page`).not.toBeNull();
			if (i === 0) expect(info!.name).toBe('Skip to content');
			expect(info!.ring, `no visible focus ring on "${info!.name}"`).toBe(true);
			if (previous !== null)
				expect(info!.index, `"${info!.name}" is reached out of document order`).toBeGreaterThan(Number(previous));
			previous = String(info!.index);
		}
	});
}
