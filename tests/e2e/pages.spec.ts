import { expect, test } from '@playwright/test';
import { entryPages, listPages } from './site.ts';

test.describe('every page type shows its real content', () => {
	test('a question page leads with the interviewer card, then the prompt, the v2 rubric, follow-ups and sources', async ({
		page,
	}) => {
		await page.goto('/questions/lru-cache/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('An LRU cache with a size limit');
		const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
		expect(headings[0]).toBe('Interviewer card');
		expect(headings.indexOf('Model answer')).toBe(headings.lastIndexOf('Model answer'));
		expect(headings).not.toContain('What a strong answer contains');
		await expect(page.getByText('Implement a cache that holds at most a given number of items')).toBeVisible();
		const rubric = page.getByLabel('Rubric for An LRU cache with a size limit');
		for (const label of ['4 · Strong yes', '3 · Yes', '2 · No', '1 · Strong no'])
			await expect(rubric).toContainText(label);
		await expect(rubric).toContainText('All of these must-show points');
		await expect(rubric).toContainText('at least 2 of the 3 depth points');
		await expect(page.getByText('Partial and prompted answers')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The bar at each level' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Red flags' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Follow-ups' })).toBeVisible();
		await expect(page.getByText(/^Listen for:/).first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Checked against' })).toBeVisible();
		await expect(page.getByRole('link', { name: /collections\.OrderedDict/ })).toHaveAttribute(
			'href',
			/^https:\/\/docs\.python\.org\//,
		);
		await expect(page.locator('pre code').first()).toContainText('class LRUCache');
		await expect(page.getByRole('link', { name: 'Language fluency and idioms' }).first()).toBeVisible();
	});

	test('a scorecard page shows weights that sum to 100, the decision rules and the coverage matrix', async ({
		page,
		request,
	}) => {
		const cards = (await (await request.get('/api/scorecards.json')).json()) as {
			id: string;
			title: string;
			weights: { weight: number }[];
		}[];
		const card = cards[0]!;
		await page.goto(`/scorecards/${card.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(card.title);
		const weights = page.getByRole('table', { name: `Weighted competencies for ${card.title}` });
		const cells = await weights.locator('tbody tr td:nth-child(2)').allTextContents();
		expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(100);
		await expect(page.getByRole('heading', { name: 'Decision rules' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Which stages gather evidence on which competency' })).toBeVisible();
	});

	test('a calibration sample hides the reference rating until the reader opens it', async ({ page }) => {
		await page.goto(entryPages.find((p) => p.type === 'calibration sample')!.path);
		const reveal = page.getByText('Reveal the reference rating');
		const rating = page.getByText(/^Reference rating: \d/);
		await expect(rating).toBeHidden();
		await reveal.click();
		await expect(rating).toBeVisible();
	});

	test('an exercise page offers its files as downloads that exist', async ({ page, request }) => {
		await page.goto(entryPages.find((p) => p.type === 'exercise')!.path);
		const links = page.locator('a[download]');
		expect(await links.count()).toBeGreaterThan(0);
		for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
			const response = await request.get(href);
			expect(response.status(), href).toBe(200);
			expect((await response.body()).length, href).toBeGreaterThan(0);
		}
	});

	for (const { type, path } of entryPages) {
		test(`the ${type} page ${path} has one h1, landmarks and a labelled navigation`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			await expect(page.getByRole('main')).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
			expect((await page.getByRole('main').innerText()).length).toBeGreaterThan(200);
		});
	}
});

test.describe('exports', () => {
	test('/api/questions.json lists every question with every field', async ({ request }) => {
		const response = await request.get('/api/questions.json');
		expect(response.headers()['content-type']).toContain('application/json');
		const questions = (await response.json()) as Record<string, unknown>[];
		expect(questions.length).toBeGreaterThan(0);
		const keys = [
			'id',
			'title',
			'url',
			'competencies',
			'levels',
			'format',
			'minutes',
			'status',
			'brief',
			'rubric',
			'mustShow',
			'depth',
			'depthNeeded',
			'levelBars',
			'redFlags',
			'greenFlags',
			'followUps',
			'variations',
			'related',
			'sources',
			'reviewed',
			'runnable',
		];
		for (const q of questions) {
			for (const key of keys) expect(q, `${String(q['id'])} lacks ${key}`).toHaveProperty(key);
			expect(Object.keys(q['rubric'] as object)).toEqual(['1', '2', '3', '4']);
			expect(Object.keys(q['levelBars'] as object)).toEqual(q['levels']);
		}
		expect(questions.find((q) => q['id'] === 'lru-cache')?.['runnable']).toBe(1);
	});

	test('/api/scorecards.json lists every scorecard with weights, thresholds and stages', async ({ request }) => {
		const cards = (await (await request.get('/api/scorecards.json')).json()) as Record<string, unknown>[];
		expect(cards.length).toBeGreaterThan(0);
		for (const c of cards) {
			for (const key of [
				'id',
				'title',
				'role',
				'level',
				'url',
				'weights',
				'thresholds',
				'minCoverage',
				'stages',
				'redFlags',
			])
				expect(c).toHaveProperty(key);
			const weights = c['weights'] as { weight: number }[];
			expect(weights.reduce((s, w) => s + w.weight, 0)).toBe(100);
		}
	});
});

test.describe('reading pages ship no JavaScript', () => {
	// The question bank list is a tool page (its filters need a script); every other page reads without one.
	for (const path of [...listPages.filter((p) => p !== '/questions/'), ...entryPages.map((p) => p.path)]) {
		test(`${path} loads no script`, async ({ page }) => {
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(r.url());
			});
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(scripts).toEqual([]);
			// The only scripts are the search bootstrap and the theme script, inline and each under 1 KB;
			// neither loads anything by itself.
			const inline = await page
				.locator('script:not([type="application/json"])')
				.evaluateAll((ss) => ss.map((s) => ({ src: (s as HTMLScriptElement).src, size: s.textContent?.length ?? 0 })));
			expect(inline.every((s) => s.src === '')).toBe(true);
			expect(inline.length).toBeLessThanOrEqual(2);
			for (const s of inline) expect(s.size).toBeLessThan(1024);
		});
	}
});

test('the maintainers’ page shows coverage by competency and level, and the retired questions', async ({ page }) => {
	await page.goto('/maintainers/');
	const matrix = page.getByRole('table', { name: 'Active questions by competency and level' });
	await expect(matrix.getByRole('columnheader', { name: 'staff' })).toBeVisible();
	await expect(matrix.getByRole('rowheader', { name: 'Concurrency and parallelism' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Retired questions \(\d+\)$/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Differences between Python 2 and Python 3' })).toBeVisible();
});
