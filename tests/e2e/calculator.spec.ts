import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfText } from '../support/pdf-text.ts';

const CARD = 'general-python-developer';
const groups = {
	tech: /^Technical knowledge/,
	problem: /^Problem solving/,
	comms: /^Communication/,
	team: /^Team fit/,
};

/** Sets a rating by keyboard: focus the group's checked radio ("Not assessed"), then arrow up. */
async function rateByKeyboard(page: Page, group: RegExp, rating: number) {
	const fieldset = page.getByRole('group', { name: group });
	await fieldset.getByRole('radio', { name: 'Not assessed' }).focus();
	for (let i = 0; i < 5 - rating; i++) await page.keyboard.press('ArrowUp');
	await expect(fieldset.getByRole('radio', { name: new RegExp(`^${rating} ·`) })).toBeChecked();
}

async function rateAll(page: Page, r: { tech: number; problem: number; comms: number; team: number }) {
	for (const [key, value] of Object.entries(r)) await rateByKeyboard(page, groups[key as keyof typeof groups], value);
}

const result = (page: Page) => page.getByRole('status').filter({ hasText: 'Composite' });

test.beforeEach(async ({ page }) => {
	await page.goto(`/calculator/?scorecard=${CARD}`);
	await page.getByRole('button', { name: 'Clear the calculator’s saved ratings' }).click();
});

test('rating a scorecard by keyboard gives the composite, the outcome and the reason', async ({ page }) => {
	await expect(result(page)).toContainText('Incomplete');
	await rateAll(page, { tech: 3, problem: 4, comms: 2, team: 3 });
	await expect(result(page)).toContainText('3.15');
	await expect(result(page)).toContainText('Pass');
	await expect(result(page)).toContainText('at or above the pass threshold of 3.00');
	await expect(page.getByText('Composite = (40 × 3 + 30 × 4 + 15 × 2 + 15 × 3) ÷ (40 + 30 + 15 + 15)')).toBeVisible();
	// A must-have below its minimum declines whatever the composite.
	await rateByKeyboard(page, groups.tech, 2);
	await expect(result(page)).toContainText('Decline whatever the composite');
});

test('not assessed leaves the denominator, and the page names ratings the decision hangs on', async ({ page }) => {
	await rateAll(page, { tech: 3, problem: 3, comms: 3, team: 3 });
	await page.getByRole('group', { name: groups.comms }).getByRole('radio', { name: 'Not assessed' }).check();
	await expect(result(page)).toContainText('3.00');
	await expect(result(page)).toContainText('85% of the weight assessed');
	await expect(page.getByText(/^Yes: \d+ single changes? would change the outcome/)).toBeVisible();
	await expect(page.getByText('Problem solving: 3 → 2 would make it hold')).toBeVisible();
});

test('an override needs written evidence and a name, and both reach the export', async ({ page }) => {
	await rateAll(page, { tech: 3, problem: 4, comms: 2, team: 3 });
	await page.getByLabel('Outcome', { exact: true }).selectOption('hold');
	await page.getByLabel('Evidence for the override').fill('Too short');
	await page.getByRole('button', { name: 'Apply override' }).click();
	await expect(page.getByText('Write at least 30 characters of evidence for the override (9 so far).')).toBeVisible();
	await page
		.getByLabel('Evidence for the override')
		.fill('The take-home was pair-written; we need one more solo session to be sure.');
	await page.getByRole('button', { name: 'Apply override' }).click();
	await expect(page.getByText('Name the person who signs the override off.')).toBeVisible();
	await page.getByLabel('Signed off by').fill('Dana Okafor');
	await page.getByRole('button', { name: 'Apply override' }).click();
	await expect(result(page)).toContainText('Hold, signed off by Dana Okafor');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click(),
	]);
	const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(exported).toMatchObject({
		outcome: 'pass',
		finalOutcome: 'hold',
		override: { outcome: 'hold', signedOffBy: 'Dana Okafor' },
	});
});

test('three interviewers export, and the panel view flags where they disagree', async ({ page }) => {
	const exports: string[] = [];
	const people = [
		{ name: 'Ana', r: { tech: 4, problem: 3, comms: 3, team: 3 } },
		{ name: 'Ben', r: { tech: 2, problem: 3, comms: 3, team: 3 } },
		{ name: 'Cy', r: { tech: 3, problem: 3, comms: 2, team: 3 } },
	];
	for (const p of people) {
		await page.getByRole('button', { name: 'Clear the calculator’s saved ratings' }).click();
		await page.getByLabel('Interviewer').fill(p.name);
		await rateAll(page, p.r);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).click(),
		]);
		exports.push((await download.path())!);
	}
	await page.goto('/calculator/panel/');
	await page.getByLabel('Choose exported JSON files').setInputFiles(exports);
	const table = page.getByRole('table', { name: /^Ratings for General Python developer/ });
	await expect(table.getByRole('row', { name: /^Technical knowledge/ })).toContainText('2: discuss');
	await expect(table.getByRole('row', { name: /^Problem solving/ })).not.toContainText('discuss');
	await expect(page.getByText(/Krippendorff’s alpha/)).toBeVisible();
	await expect(
		page.getByRole('table', { name: 'Each interviewer’s composite and outcome' }).getByRole('row', { name: /^Ben/ }),
	).toContainText('Decline');
	// An export of another scorecard is refused with a message, and the panel keeps working.
	const other = JSON.parse(readFileSync(exports[0]!, 'utf8'));
	await page.getByLabel('Or paste one export').fill(JSON.stringify({ ...other, scorecard: 'backend-engineer-senior' }));
	await page.getByRole('button', { name: 'Add pasted export' }).click();
	await expect(page.getByRole('alert')).toContainText('different scorecards');
	await expect(table.getByRole('row')).toHaveCount(5);
});

test('a share link restores the ratings on another machine; notes travel only when asked', async ({
	page,
	browser,
}) => {
	await rateAll(page, { tech: 3, problem: 4, comms: 2, team: 3 });
	await page.getByLabel('Evidence for Technical knowledge').fill('Explained the GIL and when processes help.');
	await page.getByRole('button', { name: 'Copy share link' }).click();
	const link = await page.getByLabel('Share link').inputValue();
	expect(link).toContain('#s=');
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(result(other)).toContainText('3.15');
	await expect(other.getByLabel('Evidence for Technical knowledge')).toHaveValue('');
	await fresh.close();
});

test('state survives a reload, and one control clears it', async ({ page }) => {
	await rateAll(page, { tech: 3, problem: 4, comms: 2, team: 3 });
	await page.getByLabel('Evidence for Team fit').fill('Took review comments on board and asked good questions.');
	await page.reload();
	await expect(result(page)).toContainText('3.15');
	await expect(page.getByLabel('Evidence for Team fit')).toHaveValue(
		'Took review comments on board and asked good questions.',
	);
	await page.getByRole('button', { name: 'Clear the calculator’s saved ratings' }).click();
	await expect(result(page)).toContainText('Incomplete');
	await page.reload();
	await expect(page.getByLabel('Evidence for Team fit')).toHaveValue('');
});

test('malformed state from a link or storage is refused with a message and the page keeps working', async ({
	page,
}) => {
	await page.goto(`/calculator/?scorecard=${CARD}#s=not-really-state`);
	await expect(page.getByRole('alert')).toContainText('damaged');
	await page.goto(`/calculator/?scorecard=${CARD}#s=<img src=x onerror=alert(1)>`);
	await expect(page.getByRole('alert')).toContainText('not in a form this calculator recognises');
	// Any other fragment is an in-page anchor, not state: no message at all (#17).
	await page.goto('/calculator/#<img src=x onerror=alert(1)>');
	await expect(result(page)).toContainText('Incomplete');
	await expect(page.getByRole('alert')).toBeHidden();
	await page.evaluate((card) => localStorage.setItem(`handbook:calculator:${card}`, '{"scorecard": 42}'), CARD);
	await page.goto(`/calculator/?scorecard=${CARD}`);
	await expect(page.getByRole('alert')).toContainText('could not be read');
	await rateAll(page, { tech: 3, problem: 3, comms: 3, team: 3 });
	await expect(result(page)).toContainText('Pass');
	await page.goto('/calculator/?scorecard=renamed-card');
	await expect(page.getByRole('alert')).toContainText('There is no scorecard "renamed-card"');
});

test('a custom scorecard refuses to score until the weights sum to 100', async ({ page }) => {
	await page.getByLabel('Scorecard').selectOption('custom');
	await page.getByLabel('Competency to add').selectOption('testing');
	await page.getByRole('button', { name: 'Add competency' }).click();
	await expect(page.getByText('Weights sum to 10; they must sum to exactly 100').first()).toBeVisible();
	await page.getByLabel('Weight of Testing').fill('100');
	await page.getByLabel('Weight of Testing').press('Tab');
	await expect(page.getByText('Weights sum to 100: ready to score.')).toBeVisible();
	await rateByKeyboard(page, /^Testing/, 4);
	await expect(result(page)).toContainText('4.00');
});

test('the calculator makes no network request after it loads', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await rateAll(page, { tech: 3, problem: 4, comms: 2, team: 3 });
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
	expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
});

test('the calculator prints as a one-page summary of ratings, evidence and outcome', async ({ page }) => {
	await page.getByLabel('Candidate').fill('Candidate 17');
	await page.getByLabel('Interviewer').fill('Ana');
	await rateAll(page, { tech: 3, problem: 4, comms: 2, team: 3 });
	await page
		.getByLabel('Evidence for Technical knowledge')
		.fill('Explained the GIL, chose processes for the CPU-bound step and said why.');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('group', { name: groups.tech })).toBeHidden();
	await expect(page.locator('.print-summary')).toContainText('Explained the GIL');
	await expect(page.locator('.print-summary')).toContainText('Pass: The composite 3.15');
	const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }));
	expect(pages).toBe(1);
	expect(text).toContain('Rating summary');
});
