import { expect, test, type Page } from '@playwright/test';
import { FIRST_FOR, INTERVIEWER_QUERIES } from '../support/interviewer-queries.ts';

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

test.describe('interviewer queries land in the first three results', () => {
	for (const [query, expected] of INTERVIEWER_QUERIES) {
		test(`“${query}” finds ${expected}`, async ({ page }) => {
			await page.goto('/questions/');
			const urls = await headerSearch(page, query);
			if (FIRST_FOR.includes(query)) expect(urls[0], urls.join('\n')).toBe(expected);
			else expect(urls.slice(0, 3), urls.join('\n')).toContain(expected);
		});
	}
});

test('a question shows the other names it is found by, under its title', async ({ page }) => {
	await page.goto('/questions/orm-n-plus-one/');
	await expect(page.getByText(/^Also searched for: n plus one, select_related/)).toBeVisible();
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

test.describe('the header search panel', () => {
	const field = (page: Page) => page.getByRole('searchbox', { name: 'Search', exact: true });
	const titles = (page: Page) => page.locator('.search-panel a.title');

	for (const width of [360, 768, 1280]) {
		test(`at ${width} px the link to all results and filters is in view, above the results`, async ({ page }) => {
			await page.setViewportSize({ width, height: 700 });
			await page.goto('/');
			await headerSearch(page, 'test');
			const all = page.getByRole('link', { name: 'All results and filters' });
			await expect(all).toBeInViewport({ ratio: 1 });
			expect(new URL((await all.getAttribute('href'))!).pathname).toBe('/search/');
			expect(new URL((await all.getAttribute('href'))!).search).toBe('?q=test');
			const linkBox = (await all.boundingBox())!;
			const firstBox = (await titles(page).first().boundingBox())!;
			expect(linkBox.y).toBeLessThan(firstBox.y);
		});
	}

	test('Down and Up move through the results and back to the field', async ({ page }) => {
		await page.goto('/');
		await headerSearch(page, 'GIL');
		await page.keyboard.press('ArrowDown');
		await expect(titles(page).nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(titles(page).nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(titles(page).nth(0)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(field(page)).toBeFocused();
		const last = (await titles(page).count()) - 1;
		for (let i = 0; i <= last + 2; i++) await page.keyboard.press('ArrowDown');
		await expect(titles(page).nth(last)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).not.toHaveURL(/^http:\/\/[^/]+\/$/);
	});

	test('Escape closes the results, keeps the query and focus in the field; Down opens them again', async ({ page }) => {
		await page.goto('/');
		await headerSearch(page, 'GIL');
		await page.keyboard.press('Escape');
		await expect(page.locator('.search-panel')).toBeHidden();
		await expect(field(page)).toBeFocused();
		await expect(field(page)).toHaveValue('GIL');
		await page.keyboard.press('ArrowDown');
		await expect(titles(page).first()).toBeVisible();
		// From a result too: Escape returns to the field with the query kept.
		await page.keyboard.press('ArrowDown');
		await expect(titles(page).first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('.search-panel')).toBeHidden();
		await expect(field(page)).toBeFocused();
		await expect(field(page)).toHaveValue('GIL');
	});

	test('Tab reaches the link to all results, then the results', async ({ page }) => {
		await page.goto('/');
		await headerSearch(page, 'GIL');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'All results and filters' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(titles(page).first()).toBeFocused();
	});
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

	const status = (page: Page) => page.locator('[data-status]');
	const shownCount = async (page: Page) => Number(/^(\d+) result/.exec((await status(page).textContent()) ?? '')?.[1]);

	test('"Show more" adds the next 20 results, by keyboard, says so, and moves focus to the first new one', async ({
		page,
	}) => {
		await page.goto('/search/?type=Question');
		await expect(status(page)).toContainText(/^\d+ results with these filters; showing the first 20\.$/);
		const total = await shownCount(page);
		expect(total).toBeGreaterThan(40);
		const results = page.locator('[data-results] .search-result');
		await expect(results).toHaveCount(20);
		const more = page.getByRole('button', { name: 'Show 20 more' });
		await more.focus();
		await page.keyboard.press('Enter');
		await expect(results).toHaveCount(40);
		await expect(status(page)).toContainText('; showing the first 40.');
		await expect(results.nth(20).getByRole('link')).toBeFocused();
		// One press at a time, each awaited, so a slow machine never sees a press land mid-load.
		// The last press offers what is left ("Show 7 more").
		const next = page.getByRole('button', { name: /^Show \d+ more$/ });
		for (let shown = 40; shown < total; shown = Math.min(shown + 20, total)) {
			await next.click();
			await expect(results).toHaveCount(Math.min(shown + 20, total));
		}
		await expect(status(page)).toHaveText(`${total} results with these filters.`);
		await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toBeHidden();
	});

	test('each facet count is the number of results that ticking it gives', async ({ page }) => {
		await page.goto('/search/?q=test&level=junior');
		await expect(status(page)).toContainText('for “test”');
		const juniorOnly = await shownCount(page);
		const levels = page.getByRole('group', { name: 'Level' });
		for (const level of ['mid', 'senior', 'staff']) {
			const box = levels.getByRole('checkbox', { name: new RegExp(`^${level} \\(\\d+\\)$`) });
			const label = (await levels.locator('label', { hasText: new RegExp(`^${level} `) }).textContent())!;
			const promised = Number(/\((\d+)\)/.exec(label)![1]);
			if (promised === 0) continue;
			await box.check();
			await expect(status(page)).toContainText(new RegExp(`^${promised} results? for`));
			await box.uncheck();
			await expect(page).not.toHaveURL(new RegExp(`level=${level}`));
		}
		// And a ticked option counts the results shown that carry it.
		const junior = levels.getByRole('checkbox', { name: /^junior \(\d+\)$/ });
		await expect(junior).toBeChecked();
		expect((await junior.getAttribute('id')) ?? '').not.toBe('');
		// Wait for the last untick's search to land before reading the count (a busy machine is slow).
		await expect(status(page)).toContainText(new RegExp(`^${juniorOnly} results? for`));
		await expect(levels.locator('label', { hasText: /^junior / })).toHaveText(`junior (${juniorOnly})`);
	});

	test('an option that would give no results is shown disabled', async ({ page }) => {
		await page.goto('/search/?type=Guide');
		await expect(status(page)).toContainText('with these filters');
		// Guides carry no level or format: ticking one would leave nothing.
		const staff = page.getByRole('group', { name: 'Level' }).getByRole('checkbox', { name: /^staff \(0\)$/ });
		await expect(staff).toBeDisabled();
		const question = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Question \(\d+\)$/ });
		await expect(question).toBeEnabled();
	});

	test('competencies are filtered by id and shown by title; old links by title still work', async ({ page }) => {
		await page.goto('/search/?q=lock');
		const concurrency = page
			.getByRole('group', { name: 'Competency' })
			.getByRole('checkbox', { name: /^Concurrency and parallelism \(\d+\)$/ });
		await concurrency.check();
		await expect(page).toHaveURL(/competency=concurrency(&|$)/);
		const ids = await page.locator('[data-results] .search-result a.title').evaluateAll((as) => as.length);
		expect(ids).toBeGreaterThan(0);
		await page.goto('/search/?q=lock&competency=Concurrency+and+parallelism');
		await expect(concurrency).toBeChecked();
		await expect(page).toHaveURL(/competency=concurrency(&|$)/);
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

	test('a filter with no match says so, offers to clear, and the jump links count what is shown', async ({ page }) => {
		await page.goto('/questions/');
		const jumps = page.getByRole('navigation', { name: 'Jump to a competency' }).getByRole('link');
		const before = await jumps.count();
		await page.getByLabel('Level', { exact: true }).selectOption('staff');
		await expect(page.locator('[data-count]')).toContainText(/^Showing \d+ of/);
		// Every jump link left names a group with exactly that many questions showing.
		const links = await jumps.all();
		expect(links.length).toBeGreaterThan(0);
		expect(links.length).toBeLessThan(before);
		for (const link of links) {
			const [, n] = /\((\d+)\)$/.exec((await link.textContent()) ?? '')!;
			const id = (await link.getAttribute('href'))!.slice(1);
			await expect(page.locator(`section[data-group="${id}"] li[data-question]:visible`)).toHaveCount(Number(n));
		}
		await page.getByLabel('At most (minutes)').fill('1');
		const empty = page.locator('[data-empty]');
		await expect(empty).toBeVisible();
		await expect(empty).toContainText('No question matches these filters.');
		await expect(page.locator('li[data-question]:visible')).toHaveCount(0);
		await expect(jumps).toHaveCount(0);
		await empty.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(/\/questions\/$/);
		await expect(page.locator('[data-count]')).toContainText(/^Showing all \d+ questions\.$/);
		await expect(jumps).toHaveCount(before);
		await expect(page.getByLabel('Competency', { exact: true })).toBeFocused();
	});

	test('Back undoes a filter and Forward redoes it; a typed number is one step', async ({ page }) => {
		await page.goto('/questions/');
		const competency = page.getByLabel('Competency', { exact: true });
		const level = page.getByLabel('Level', { exact: true });
		const minutes = page.getByLabel('At most (minutes)');
		await competency.selectOption('concurrency');
		await level.selectOption('senior');
		await minutes.pressSequentially('20');
		await expect(page).toHaveURL(/competency=concurrency&level=senior&maxMinutes=20$/);
		await page.goBack();
		await expect(page).toHaveURL(/competency=concurrency&level=senior$/);
		await expect(minutes).toHaveValue('');
		await page.goBack();
		await expect(page).toHaveURL(/competency=concurrency$/);
		await expect(level).toHaveValue('');
		const concurrency = await page.locator('li[data-question]:visible').count();
		await expect(page.locator('[data-count]')).toHaveText(new RegExp(`^Showing ${concurrency} of`));
		await page.goBack();
		await expect(page).toHaveURL(/\/questions\/$/);
		await expect(competency).toHaveValue('');
		await expect(page.locator('[data-count]')).toContainText(/^Showing all/);
		await page.goForward();
		await expect(competency).toHaveValue('concurrency');
		await expect(page.locator('li[data-question]:visible')).toHaveCount(concurrency);
	});

	test('without JavaScript the full list is shown, grouped by competency', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/questions/?competency=concurrency');
		await expect(page.getByLabel('Competency', { exact: true })).toBeHidden();
		// Playwright's text locators skip <noscript>, which the browser does render here.
		await expect(page.locator('main')).toContainText('Filtering the list needs JavaScript', { useInnerText: true });
		await expect(page.locator('main')).toContainText('whatever filters the link named', { useInnerText: true });
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
