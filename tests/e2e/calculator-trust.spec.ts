/**
 * Issue #17 in the browser: a link or file never overrides the handbook, saved work is never
 * replaced without asking, the result stays in view, and the defects the QA pass found stay fixed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clearCalculator, exportText, fragment, result, scoring, watch } from './calculator-support.ts';

const GENERAL = 'general-python-developer';
const group = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
const rate = (page: Page, name: string, r: number) =>
	group(page, name)
		.getByRole('radio', { name: new RegExp(`^${r} ·`) })
		.check();
async function rateGeneral(page: Page, r: [number, number, number, number]) {
	for (const [i, name] of ['Technical knowledge', 'Problem solving', 'Communication', 'Team fit'].entries())
		await rate(page, name, r[i]!);
}

test.beforeEach(async ({ page }) => {
	await page.goto(`/calculator/?scorecard=${GENERAL}`);
	await clearCalculator(page);
});

test('a forged link cannot pass a candidate the handbook declines; the page and the export say why', async ({
	page,
}) => {
	const mid = scoring('backend-engineer-mid');
	const forged = {
		...mid,
		weights: mid.weights.map((w) => ({ ...w, mustHave: false, minRating: null })),
		thresholds: { pass: 1, hold: 1 },
	};
	const ratings = { 'web-apis': 3, 'data-stores': 1, testing: 1, 'distributed-systems': 1, security: 2, 'team-fit': 1 };
	await page.goto(`/calculator/${fragment({ v: 1, scorecard: 'backend-engineer-mid', card: forged, ratings })}`);
	await expect(result(page)).toContainText('1.55');
	await expect(result(page)).toContainText('Decline');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('the pass threshold is 1.00 here, 3.00 in the handbook');
	await expect(alert).toContainText('The handbook’s version decides');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download Markdown' }).click(),
	]);
	const md = readFileSync((await download.path())!, 'utf8');
	expect(md).toContain('- Outcome: **decline**');
	expect(md).toContain('scored by its handbook definition');
});

test('opening a colleague’s link asks before touching saved work: keep, view only, replace, undo', async ({ page }) => {
	await page.getByLabel('Interviewer').fill('Me');
	await rateGeneral(page, [3, 3, 3, 3]);
	const theirs = fragment({
		v: 1,
		scorecard: GENERAL,
		card: scoring(GENERAL),
		ratings: { 'technical-knowledge': 4, 'problem-solving': 4, communication: 4, 'team-fit': 4 },
	});
	const choice = page.getByRole('region', { name: 'This link would replace your saved work' });
	// Keep mine.
	await page.goto(`/calculator/${theirs}`);
	await expect(choice).toBeVisible();
	await expect(result(page)).toContainText('3.00');
	await choice.getByRole('button', { name: 'Keep mine' }).click();
	await expect(page.getByRole('alert')).toContainText('Kept your saved work');
	await expect(result(page)).toContainText('3.00');
	// View theirs: shown, nothing saved.
	await page.goto(`/calculator/${theirs}`);
	await choice.getByRole('button', { name: 'Open theirs, view only (not saved)' }).click();
	await expect(result(page)).toContainText('4.00');
	await expect(page.getByRole('region', { name: 'Viewing a shared link' })).toBeVisible();
	await rate(page, 'Communication', 1);
	await page.goto(`/calculator/?scorecard=${GENERAL}`);
	await expect(result(page)).toContainText('3.00');
	await expect(page.getByLabel('Interviewer')).toHaveValue('Me');
	// Replace, then undo.
	await page.goto(`/calculator/${theirs}`);
	await choice.getByRole('button', { name: 'Replace mine with theirs' }).click();
	await expect(result(page)).toContainText('4.00');
	await page.getByRole('button', { name: 'Undo: restore my saved work' }).click();
	await expect(result(page)).toContainText('3.00');
	await page.reload();
	await expect(result(page)).toContainText('3.00');
	await expect(page.getByLabel('Interviewer')).toHaveValue('Me');
});

test('a link for a scorecard with no saved work opens at once, and says it carried ratings only', async ({ page }) => {
	await page.goto(
		`/calculator/${fragment({ v: 1, scorecard: GENERAL, card: scoring(GENERAL), ratings: { 'technical-knowledge': 3 } })}`,
	);
	await expect(page.getByRole('alert')).toContainText(
		'This link carries ratings only: no evidence notes, names or override came with it.',
	);
	await expect(page.getByRole('region', { name: 'This link would replace your saved work' })).toBeHidden();
});

test('"Skip to content" and the summary’s link to the result are anchors, not state', async ({ page }) => {
	const seen = watch(page);
	await page.keyboard.press('Tab');
	await page.getByRole('link', { name: 'Skip to content' }).press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.getByRole('link', { name: 'The full result and why' }).click();
	await expect(page).toHaveURL(/#calc-result-title$/);
	await expect(page.getByRole('alert')).toBeHidden();
	await rate(page, 'Technical knowledge', 3);
	await expect(result(page)).toContainText('Incomplete');
	expect(seen).toEqual({ dialogs: [], errors: [] });
});

for (const viewport of [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 },
]) {
	test(`the result stays in view while rating on a ${viewport.name}, and covers nothing`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const summary = page.getByRole('complementary', { name: 'Result so far' });
		await rate(page, 'Team fit', 3);
		await expect(summary).toBeInViewport();
		await rateGeneral(page, [3, 3, 3, 3]);
		await expect(summary).toBeInViewport();
		await expect(summary).toContainText('3.00');
		await expect(summary).toContainText('Pass');
		await expect(summary).toContainText(/Hangs on one rating\s*Yes/);
		// The last control of the page can be scrolled clear of the summary and pressed.
		const clear = page.getByRole('button', { name: 'Clear the calculator’s saved ratings' });
		await clear.scrollIntoViewIfNeeded();
		const box = (await clear.boundingBox())!;
		const hit = await page.evaluate(
			([x, y]) => document.elementFromPoint(x!, y!)?.textContent ?? '',
			[box.x + box.width / 2, box.y + box.height / 2],
		);
		expect(hit).toBe('Clear the calculator’s saved ratings');
	});
}

test('touch targets on the calculator and the panel are at least 44 px', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const small = async () =>
		page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'rubric-calculator label.rating-option, rubric-calculator button, calculator-panel button, rubric-calculator select',
				),
			]
				.filter((e) => e.offsetParent !== null)
				.map((e) => [e.textContent?.trim().slice(0, 30), Math.round(e.getBoundingClientRect().height)] as const)
				.filter(([, h]) => h < 44),
		);
	expect(await page.locator('label.rating-option').count()).toBeGreaterThan(10);
	expect(await small()).toEqual([]);
	await page.goto('/calculator/panel/');
	await page
		.getByLabel('Or paste one export')
		.fill(exportText({ scorecard: GENERAL, card: scoring(GENERAL), interviewer: 'Ana', ratings: {} }));
	await page.getByRole('button', { name: 'Add pasted export' }).click();
	await expect(page.getByRole('button', { name: 'Remove Ana' })).toBeVisible();
	expect(await small()).toEqual([]);
});

test('override rules: never on Incomplete, evidence in words, removed with a message when a rating changes', async ({
	page,
}) => {
	const evidence = page.getByLabel('Evidence for the override');
	const status = page.locator('[data-override-status]');
	await page.getByLabel('Outcome', { exact: true }).selectOption('pass');
	await evidence.fill('Strong pairing session; the take-home was her own work.');
	await page.getByLabel('Signed off by').fill('Dana');
	await page.getByRole('button', { name: 'Apply override' }).click();
	await expect(status).toHaveText(/^An incomplete result cannot be overridden/);
	await rateGeneral(page, [3, 2, 2, 3]);
	await evidence.fill('a'.repeat(40));
	await page.getByRole('button', { name: 'Apply override' }).click();
	await expect(status).toHaveText(/^Write the evidence in words/);
	await evidence.fill('Strong pairing session; the take-home was her own work.');
	await page.getByRole('button', { name: 'Apply override' }).click();
	await expect(result(page)).toContainText('Pass, signed off by Dana');
	await rate(page, 'Communication', 3);
	await expect(page.getByRole('alert')).toContainText('The override to Pass signed off by Dana was removed');
	await expect(result(page)).not.toContainText('signed off by');
});

test('clearing the calculator leaves the panel’s imports alone, and each says what it cleared', async ({ page }) => {
	await page.goto('/calculator/panel/');
	await page
		.getByLabel('Or paste one export')
		.fill(
			exportText({ scorecard: GENERAL, card: scoring(GENERAL), interviewer: 'Ana', ratings: { communication: 3 } }),
		);
	await page.getByRole('button', { name: 'Add pasted export' }).click();
	await page.goto(`/calculator/?scorecard=${GENERAL}`);
	await clearCalculator(page);
	await expect(page.getByText(/The panel and the calibration workshop keep theirs\.$/)).toBeVisible();
	await page.goto('/calculator/panel/');
	await expect(page.getByRole('button', { name: 'Remove Ana' })).toBeVisible();
	await page.getByRole('button', { name: 'Clear the panel' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Cleared the panel: 1 export removed from this browser. The calculator’s saved ratings are kept.',
	);
});

test('the panel refuses a duplicate by content, removes one interviewer, and a forged first file blocks nobody', async ({
	page,
}) => {
	const card = scoring(GENERAL);
	const forged = { ...card, thresholds: { pass: 1, hold: 1 } };
	const ratings = (r: number[]) => Object.fromEntries(card.weights.map((w, i) => [w.competency, r[i]]));
	await page.goto('/calculator/panel/');
	await page.getByLabel('Choose exported JSON files').setInputFiles([
		{
			name: 'mallory.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				exportText({ scorecard: GENERAL, card: forged, interviewer: 'Mallory', ratings: ratings([1, 1, 1, 2]) }),
			),
		},
		{
			name: 'ana.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exportText({ scorecard: GENERAL, card, interviewer: 'Ana', ratings: ratings([3, 3, 3, 3]) })),
		},
		{
			name: 'ana-copy.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exportText({ scorecard: GENERAL, card, interviewer: 'Ana', ratings: ratings([3, 3, 3, 3]) })),
		},
		{
			name: 'ben.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exportText({ scorecard: GENERAL, card, interviewer: 'Ben', ratings: ratings([3, 3, 3, 2]) })),
		},
	]);
	await expect(page.getByRole('alert')).toHaveText(
		'Could not import ana-copy.json: it is the same export as interviewer 2’s, already in the panel.',
	);
	await expect(page.getByRole('status')).toContainText(
		'This file carries its own copy of “General Python developer (mid-level)”',
	);
	const people = page.getByRole('table', { name: 'Each interviewer’s composite and outcome' });
	await expect(people.getByRole('row', { name: /^Mallory/ })).toContainText('Decline');
	await expect(people.getByRole('row', { name: /^Mallory/ })).toContainText('scored by the handbook’s');
	await page.getByRole('button', { name: 'Remove Mallory' }).click();
	await expect(page.getByRole('status')).toContainText('Removed Mallory (mallory.json) from the panel: 2 left.');
	await expect(people.getByRole('row')).toHaveCount(3);
	// Seven of eight paired ratings agree: too few to read alpha, and it says so.
	await expect(page.getByText(/the statistic cannot judge agreement here/)).toBeVisible();
	await page.reload();
	await expect(people.getByRole('row')).toHaveCount(3);
});

test('an Object.prototype name as a competency id scores like any other', async ({ page }) => {
	const card = {
		weights: [
			{ competency: 'constructor', weight: 50, mustHave: false },
			{ competency: 'testing', weight: 50, mustHave: false },
		],
		thresholds: { pass: 3, hold: 2.5 },
		minCoverage: 0.5,
	};
	await page.goto(`/calculator/${fragment({ v: 1, scorecard: 'custom', card, ratings: { testing: 4 } })}`);
	await expect(result(page)).toContainText('4.00');
	await expect(result(page)).not.toContainText('NaN');
	await expect(page.getByLabel('Evidence for constructor')).toHaveValue('');
	await expect(page.getByText('Custom scorecard: its weights and thresholds are yours')).toBeVisible();
});

test('sensitivity lists one-point changes only, and says apart which ratings the outcome rests on', async ({
	page,
}) => {
	await rateGeneral(page, [3, 3, 4, 2]);
	await expect(result(page)).toContainText('Pass');
	await expect(page.getByText('If Communication had not been assessed, the outcome would be hold.')).toBeVisible();
	await expect(page.getByText(/never leave one out to change an outcome/)).toBeVisible();
	// Never a must-have, never an "→ not assessed" change.
	await expect(page.getByText(/If (Technical knowledge|Team fit)/)).toHaveCount(0);
	await expect(page.getByText(/→ not assessed|not assessed →/)).toHaveCount(0);
	await expect(page.getByText('Team fit (collaboration behaviours): 2 → 1 would make it decline')).toBeVisible();
});
