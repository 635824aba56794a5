/**
 * Decisions that hold, through the calculator as an interviewer rates: on every scorecard a
 * candidate rated 3 everywhere passes, and a must-have left "not assessed" never passes. The
 * panel view shows the panel's outcome with its steps.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const dir = fileURLToPath(new URL('../../content/scorecards/', import.meta.url));
const cards = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({
		id: f.slice(0, -5),
		...(load(readFileSync(dir + f, 'utf8')) as { weights: { competency: string; mustHave?: boolean }[] }),
	}));
const titles = Object.fromEntries(
	readdirSync(fileURLToPath(new URL('../../content/competencies/', import.meta.url))).map((f) => [
		f.slice(0, -5),
		(
			load(readFileSync(fileURLToPath(new URL(`../../content/competencies/${f}`, import.meta.url)), 'utf8')) as {
				title: string;
			}
		).title,
	]),
);

for (const card of cards) {
	test(`${card.id}: all 3s pass; a must-have left not assessed never passes`, async ({ page }) => {
		await page.goto(`/calculator/?scorecard=${card.id}`);
		await page.getByRole('button', { name: 'Clear the calculator’s saved ratings' }).click();
		const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const group = (id: string) => page.getByRole('group', { name: new RegExp(`^${escape(titles[id]!)}`) });
		for (const w of card.weights) await group(w.competency).getByRole('radio', { name: /^3 ·/ }).check();
		const result = page.getByRole('status').filter({ hasText: 'Composite' });
		await expect(result).toContainText('3.00');
		await expect(result).toContainText('Pass');
		await expect(page.getByText('The decision rules of this scorecard')).toBeVisible();
		const mustHave = card.weights.find((w) => w.mustHave);
		if (!mustHave) return;
		// Everything else at 4, the must-have left unassessed: incomplete, and named.
		for (const w of card.weights)
			if (w !== mustHave) await group(w.competency).getByRole('radio', { name: /^4 ·/ }).check();
		await group(mustHave.competency).getByRole('radio', { name: 'Not assessed' }).check();
		await expect(result).toContainText('Incomplete');
		await expect(result).toContainText(`${titles[mustHave.competency]} is a must-have and has no rating`);
		await expect(result).not.toContainText('Pass');
		// The sensitivity list never suggests un-assessing anything.
		await expect(page.getByText(/→ not assessed/)).toHaveCount(0);
	});
}

test('the panel shows its outcome, step by step: one severe rater does not decline a strong candidate', async ({
	page,
}) => {
	const card = cards.find((c) => c.id === 'backend-engineer-senior')!;
	const exportFor = (name: string, security: number) => ({
		format: 'python-interview-handbook/rating',
		version: 1,
		exportedAt: '2026-12-01T10:00:00.000Z',
		scorecard: card.id,
		candidate: 'Sam',
		interviewer: name,
		card: JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/api/scorecards.json', import.meta.url)), 'utf8'))
			.filter((c: { id: string }) => c.id === card.id)
			.map((c: { weights: unknown; thresholds: unknown; minCoverage: number }) => ({
				weights: c.weights,
				thresholds: c.thresholds,
				minCoverage: c.minCoverage,
			}))[0],
		ratings: Object.fromEntries(card.weights.map((w) => [w.competency, w.competency === 'security' ? security : 4])),
		notes: {},
		override: null,
	});
	await page.goto('/calculator/panel/');
	for (const [name, security] of [
		['Alice', 3],
		['Bo', 3],
		['Cy', 2],
	] as const) {
		await page.getByLabel('Or paste one export').fill(JSON.stringify(exportFor(name, security)));
		await page.getByRole('button', { name: 'Add pasted export' }).click();
	}
	await expect(page.getByText('Panel outcome: Pass')).toBeVisible();
	await expect(
		page.getByText(
			'1 of 3 interviewers rated Security below its minimum of 3: fewer than half, so it does not decline on its own; discuss the evidence.',
		),
	).toBeVisible();
});
