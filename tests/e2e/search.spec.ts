import { expect, test, type Page } from '@playwright/test';

/** Types into the header field as a reader would and returns the result URLs in order. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
	const input = page.getByRole('searchbox', { name: 'Search', exact: true });
	await input.fill(query);
	const status = page.locator('.search-panel [role="status"]');
	await expect(status).toContainText(/result|No results/);
	await expect(status).toContainText(`“${query}”`);
	return page
		.locator('.search-panel .search-result a.title')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const queries: [string, string][] = [
	['GIL', '/questions/gil-and-workarounds/'],
	['LRU cache', '/questions/lru-cache/'],
	['senior data engineer', '/scorecards/data-engineer-senior/'],
	['slow ORM query', '/questions/orm-n-plus-one/'],
	['mutable default argument', '/questions/mutable-default-argument/'],
	['10 GB CSV file', '/questions/ten-gigabyte-csv/'],
	['production Dockerfile', '/questions/production-dockerfile/'],
	['flaky test', '/questions/flaky-test-diagnosis/'],
	['pickle untrusted data', '/questions/unsafe-deserialisation/'],
	['TaskGroup', '/questions/asyncio-taskgroup/'],
	['error budget', '/questions/slos-error-budgets/'],
	['debrief anchoring', '/guides/debrief-without-anchoring/'],
	['calibration workshop', '/guides/calibration-workshop/'],
	['reference checks', '/guides/reference-checks-and-portfolios/'],
];

test.describe('interviewer queries land in the first three results', () => {
	for (const [query, expected] of queries) {
		test(`“${query}” finds ${expected}`, async ({ page }) => {
			await page.goto('/questions/');
			const urls = await headerSearch(page, query);
			expect(urls.slice(0, 3), urls.join('\n')).toContain(expected);
		});
	}
});

test('words in term lists and table headers are indexed apart, so each can be found', async ({ page }) => {
	await page.goto('/');
	// Astro's compressed HTML has no space between </dt><dd> or between header cells.
	const indexed = await page.evaluate(async () => {
		type Data = { url: string; content: string };
		type Found = { results: { data(): Promise<Data> }[] };
		const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
			options(o: object): Promise<void>;
			search(q: string): Promise<Found>;
		};
		await pagefind.options({ noWorker: true });
		const contentOf = async (query: string, url: string) => {
			const found = await Promise.all((await pagefind.search(query)).results.map((r) => r.data()));
			return found.find((d) => d.url === url)?.content ?? '';
		};
		return {
			question: await contentOf('LRU cache', '/questions/lru-cache/'),
			scorecard: await contentOf('senior data engineer', '/scorecards/data-engineer-senior/'),
		};
	});
	expect(indexed.question).toContain('Format Coding Time 25 minutes');
	expect(indexed.scorecard).toContain('Competency Weight Must-have');
});

test('results show the page type, competencies, levels and a highlighted excerpt', async ({ page }) => {
	await page.goto('/');
	await headerSearch(page, 'GIL');
	const first = page.locator('.search-panel .search-result').first();
	await expect(first).toContainText('Question');
	await expect(first).toContainText('Concurrency');
	await expect(first).toContainText(/mid|senior/);
	await expect(first.locator('mark').first()).toBeVisible();
});

test('no search code loads until the reader focuses the field, and then only from this site', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (['script', 'fetch', 'xhr'].includes(r.resourceType()) || r.url().includes('pagefind')) scripts.push(r.url());
	});
	await page.goto('/questions/lru-cache/');
	await page.waitForLoadState('networkidle');
	expect(scripts).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search', exact: true }).focus();
	await expect.poll(() => scripts.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
	const origin = new URL(page.url()).origin;
	expect(scripts.every((u) => u.startsWith(origin))).toBe(true);
});

test('the header search skips Pagefind’s worker download; the search page uses the worker', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/questions/lru-cache/');
	await headerSearch(page, 'GIL');
	expect(fetched).toContain('/pagefind/pagefind.js');
	expect(fetched).not.toContain('/pagefind/pagefind-worker.js');
	fetched.length = 0;
	await page.goto('/search/?q=gil');
	await expect(page.locator('[data-results] a.title').first()).toBeVisible();
	expect(fetched).toContain('/pagefind/pagefind-worker.js');
});

test('"/" focuses the search field, but not while typing in another field', async ({ page }) => {
	await page.goto('/questions/lru-cache/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeFocused();
	await page.goto('/calculator/?scorecard=general-python-developer');
	const notes = page.getByLabel('Evidence for Technical knowledge');
	await notes.focus();
	await page.keyboard.type('a/b');
	await expect(notes).toHaveValue('a/b');
	await expect(notes).toBeFocused();
});

test('Escape closes the results and keeps focus in the field; Tab reaches the results', async ({ page }) => {
	await page.goto('/');
	await headerSearch(page, 'GIL');
	await page.keyboard.press('Tab');
	await expect(page.locator('.search-panel a.title').first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('.search-panel')).toBeHidden();
	await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeFocused();
});

test.describe('the search page', () => {
	test('facets narrow the results and combine', async ({ page }) => {
		await page.goto('/search/?q=test');
		const status = page.locator('[data-status]');
		await expect(status).toContainText('for “test”');
		const count = async () => Number(/^(\d+)/.exec((await status.textContent()) ?? '')![1]);
		const all = await count();
		await page.getByRole('checkbox', { name: /^Question \(\d+\)$/ }).check();
		await expect(page).toHaveURL(/type=Question/);
		await expect(status).not.toHaveText(new RegExp(`^${all} `));
		const questions = await count();
		expect(questions).toBeLessThan(all);
		for (const type of await page.locator('[data-results] .search-result p.muted').allTextContents())
			expect(type).toContain('Question');
		await page.getByRole('checkbox', { name: /^senior \(\d+\)$/ }).check();
		await expect(page).toHaveURL(/type=Question.*level=senior|level=senior.*type=Question/);
		await expect(status).not.toHaveText(new RegExp(`^${questions} `));
		expect(await count()).toBeLessThan(questions);
	});

	test('the URL restores a search, and Back returns to the previous one', async ({ page }) => {
		await page.goto('/search/?q=gil&level=senior');
		await expect(page.getByLabel('Search the handbook')).toHaveValue('gil');
		await expect(page.getByRole('checkbox', { name: /^senior \(\d+\)$/ })).toBeChecked();
		await expect(page.locator('[data-results] a.title').first()).toBeVisible();
		await page.getByRole('checkbox', { name: /^Question \(\d+\)$/ }).check();
		await expect(page).toHaveURL(/type=Question/);
		await page.goBack();
		await expect(page).not.toHaveURL(/type=Question/);
		await expect(page.getByRole('checkbox', { name: /^Question \(\d+\)$/ })).not.toBeChecked();
	});

	test('retired questions are findable and marked retired', async ({ page, request }) => {
		const questions = (await (await request.get('/api/questions.json')).json()) as {
			id: string;
			title: string;
			status: string;
		}[];
		const retired = questions.find((q) => q.status === 'retired');
		test.skip(!retired, 'the bank has no retired question yet');
		await page.goto(`/search/?q=${encodeURIComponent(retired!.title)}`);
		await expect(
			page.locator('[data-results] .search-result').filter({ hasText: retired!.title }).first(),
		).toContainText('Retired');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header field submits to a page that explains and links to the full question list', async ({ page }) => {
		await page.goto('/guides/');
		await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('gil');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=gil$/);
		// Playwright's text and role locators skip <noscript>, which the browser does render here.
		await expect(page.locator('main')).toContainText('Search needs JavaScript', { useInnerText: true });
		await page.locator('main noscript a', { hasText: 'question bank' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question bank');
	});
});

test.describe('the question bank', () => {
	test('filters narrow the list instantly, combine, and live in the URL', async ({ page }) => {
		await page.goto('/questions/');
		const count = page.locator('[data-count]');
		await expect(count).toContainText(/^Showing all \d+ questions\.$/);
		await page.getByLabel('Competency', { exact: true }).selectOption('concurrency');
		await expect(count).toContainText(/^Showing \d+ of \d+ questions\.$/);
		await page.getByLabel('Level', { exact: true }).selectOption('senior');
		await page.getByLabel('At most (minutes)').fill('20');
		await expect(page).toHaveURL(/competency=concurrency&level=senior&maxMinutes=20/);
		const visible = page.locator('li[data-question]:visible');
		expect(await visible.count()).toBeGreaterThan(0);
		for (const li of await visible.all()) {
			await expect(li).toHaveAttribute('data-competencies', /\bconcurrency\b/);
			await expect(li).toHaveAttribute('data-levels', /\bsenior\b/);
			expect(Number(await li.getAttribute('data-minutes'))).toBeLessThanOrEqual(20);
		}
		await page.reload();
		await expect(page.getByLabel('Competency', { exact: true })).toHaveValue('concurrency');
		await expect(count).toContainText(/^Showing \d+ of/);
	});

	test('without JavaScript the full list is shown, grouped by competency', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/questions/?competency=concurrency');
		await expect(page.getByLabel('Competency', { exact: true })).toBeHidden();
		const total = (await (await page.request.get('/api/questions.json')).json()).length;
		await expect(page.locator('li[data-question]:visible')).toHaveCount(total);
		await expect(page.getByRole('heading', { level: 2, name: 'Concurrency and parallelism' })).toBeVisible();
		await context.close();
	});
});

test.describe('the tools are in the search index', () => {
	const tools: [string, string][] = [
		['kit', '/kits/'],
		['calculator', '/calculator/'],
		['panel', '/calculator/panel/'],
		['interview session', '/kits/session/'],
		['calibration workshop', '/calibration/workshop/'],
	];
	for (const [query, expected] of tools) {
		test(`“${query}” finds ${expected}`, async ({ page }) => {
			await page.goto('/');
			const urls = await headerSearch(page, query);
			expect(urls.slice(0, 5), urls.join('\n')).toContain(expected);
		});
	}
});
