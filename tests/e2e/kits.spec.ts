import { expect, test } from '@playwright/test';
import { pdfText } from '../support/pdf-text.ts';

test('a kit for the general scorecard’s 60-minute screen: propose, use a variation, share, print', async ({
	page,
	browser,
}) => {
	await page.goto('/kits/');
	await expect(page.locator('.kit-question').first()).toBeVisible();
	await page.getByLabel('Scorecard').selectOption('general-python-developer');
	await page.getByLabel('Stage').selectOption({ label: '60-minute technical screen (60 min)' });
	await expect(page.getByLabel('Minutes available')).toHaveValue('60');
	const summary = page.getByRole('status').filter({ hasText: 'question minutes' });
	await expect(summary).toContainText('of 54 question minutes (6 kept for introductions');
	const used = Number(/(\d+) of 54/.exec((await summary.textContent()) ?? '')![1]);
	expect(used).toBeLessThanOrEqual(54);
	for (const name of ['Technical knowledge', 'Problem solving', 'Communication']) {
		await expect(
			page.getByRole('listitem').filter({ hasText: new RegExp(`^${name} \\(weight \\d+\\): covered by`) }),
		).toBeVisible();
	}

	// Swap the first question's prompt for its first variation.
	const first = page.locator('.kit-question').first();
	const title = (await first.getByRole('heading', { level: 3 }).textContent())!.replace(/ \(\d+ min\)$/, '');
	const mainPrompt = await first.locator('.prompt').textContent();
	await first.getByRole('combobox', { name: `Prompt for ${title}` }).selectOption('1');
	await expect(first.locator('.prompt')).not.toHaveText(mainPrompt!);
	const variationPrompt = (await first.locator('.prompt').textContent())!;
	expect(page.url()).toContain('~1');

	// The same link in a fresh browser gives the same kit.
	const link = page.url();
	const context = await browser.newContext();
	const other = await context.newPage();
	await other.goto(link);
	await expect(other.locator('.kit-question .prompt').first()).toHaveText(variationPrompt);
	expect(await other.locator('.kit-question h3').allTextContents()).toEqual(
		await page.locator('.kit-question h3').allTextContents(),
	);
	await context.close();

	// Print to PDF: the prompt is in it.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print the kit' })).toBeHidden();
	const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }));
	console.log(`60-minute kit: ${pages} A4 pages`);
	const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
	expect(flat(text)).toContain(flat(variationPrompt).slice(0, 60));
	expect(text).toContain('Candidate:');
	expect(text).toContain('Follow-ups');
	expect(text).toContain('Listen for:');
	expect(text).toContain('Interviewer card:');
	expect(text).toContain('All of these must-show points');
	await expect(page.locator('.kit-question .prompt').first()).toBeVisible();
});

test('reorder, remove and add update the minutes live and the link', async ({ page }) => {
	await page.goto('/kits/?scorecard=general-python-developer&stage=1&minutes=60');
	const headings = page.locator('.kit-question h3');
	await expect(headings.first()).toBeVisible(); // the bank loads after the page
	const before = await headings.allTextContents();
	expect(before.length).toBeGreaterThan(1);
	await page.getByRole('button', { name: `Move down: ${before[0]!.replace(/ \(\d+ min\)$/, '')}` }).click();
	expect((await headings.allTextContents())[1]).toBe(before[0]);
	await page.getByRole('button', { name: `Remove: ${before[0]!.replace(/ \(\d+ min\)$/, '')}` }).click();
	await expect(headings).toHaveCount(before.length - 1);
	await expect(page.getByLabel('Add a question')).toBeFocused();
	expect(page.url()).toContain('&q=');
});

test('a bad or outdated link says what it dropped and keeps the rest', async ({ page }) => {
	await page.goto(
		'/kits/?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache,no-such-question,find-duplicates~9',
	);
	await expect(page.getByRole('alert')).toContainText('"no-such-question" is not in the bank');
	await expect(page.getByRole('alert')).toContainText('has no variation 9');
	await expect(page.locator('.kit-question')).toHaveCount(2);
	await page.goto('/kits/?scorecard=renamed-card');
	await expect(page.getByRole('alert')).toContainText('There is no scorecard "renamed-card"');
	await expect(page.locator('.kit-question').first()).toBeVisible();
});

test('a scorecard stage links to a kit for that stage', async ({ page }) => {
	await page.goto('/scorecards/backend-engineer-senior/');
	const systemDesign = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: /^System design/ }) });
	await systemDesign.getByRole('link', { name: 'Build a kit for this stage' }).click();
	await expect(page).toHaveURL(/\/kits\/\?scorecard=backend-engineer-senior&stage=3/);
	await expect(page.getByLabel('Stage')).toHaveValue('3');
	await expect(page.getByLabel('Minutes available')).toHaveValue('60');
	await expect(page.locator('.kit-question').first()).toBeVisible();
});

/** Pages in a PDF, counted as page objects (`/Type /Page`, not `/Pages`), not guessed from bytes. */
function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

test('a printed 3-question kit takes at most one page per question plus one, each with a rating box and note lines', async ({
	page,
}) => {
	const ids = ['lru-cache', 'find-duplicates', 'mutable-default-argument'];
	await page.goto(`/kits/?scorecard=general-python-developer&stage=1&minutes=60&q=${ids.join(',')}`);
	await expect(page.locator('.kit-question')).toHaveCount(3);
	await page.emulateMedia({ media: 'print' });
	// The tool's own title, its form and the site's navigation stay off paper; the kit's header prints.
	await expect(page.getByRole('heading', { level: 1, name: 'Interview kit builder' })).toBeHidden();
	await expect(page.getByLabel('Scorecard')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy the kit’s link' })).toBeHidden();
	await expect(page.getByRole('navigation').first()).toBeHidden();
	await expect(page.getByRole('heading', { level: 2, name: /^Interview kit: / })).toBeVisible();
	const boxes = page.getByLabel(/^Rating box for /);
	await expect(boxes).toHaveCount(3);
	for (const box of await boxes.all()) await expect(box).toHaveText('Rating: 1 2 3 4 Not assessed');
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdfPages(pdf);
	const { pages: read, text } = await pdfText(pdf);
	console.log(`3-question kit: ${pages} A4 pages`);
	expect(pages).toBe(read);
	expect(pages).toBeLessThanOrEqual(ids.length + 1);
	expect(text.match(/Rating: 1 2 3 4 Not assessed/g)).toHaveLength(3);
	expect(text.match(/Notes/g)?.length).toBeGreaterThanOrEqual(3);
	expect(text).not.toContain('Interview kit builder');
	expect(text).not.toContain('Propose questions again');
});

test('a variation with its own rubric note shows the note with the variation', async ({ page }) => {
	await page.goto('/kits/?scorecard=general-python-developer&stage=1&q=token-bucket-rate-limiter~2');
	const card = page.locator('.kit-question').first();
	await expect(card.locator('.prompt')).toContainText('at most 5 calls run at the same time');
	await expect(card.getByText(/^Rubric note for this variation: The refill points do not apply/)).toBeVisible();
	await card.getByRole('combobox', { name: /^Prompt for / }).selectOption('0');
	await expect(card.getByText(/^Rubric note for this variation/)).toHaveCount(0);
	await expect(card.getByRole('combobox', { name: /^Prompt for / }).getByRole('option')).toHaveText([
		'Main prompt',
		'Variation 1 (own rubric note)',
		'Variation 2 (own rubric note)',
	]);
});

test('every kit control is at least 44 × 44 px and fits a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/kits/?scorecard=general-python-developer&stage=1');
	await expect(page.locator('.kit-question').first()).toBeVisible();
	const controls = page.locator('interview-kit').locator('button:visible, select:visible, input:visible');
	expect(await controls.count()).toBeGreaterThan(8);
	for (const control of await controls.all()) {
		const box = (await control.boundingBox())!;
		const what = await control.evaluate((e) => e.outerHTML.slice(0, 80));
		expect(Math.min(box.width, box.height), what).toBeGreaterThanOrEqual(44);
		expect(box.x + box.width, what).toBeLessThanOrEqual(360);
	}
});
