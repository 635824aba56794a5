/** Shared by the calculator's browser tests: the built scorecards, links and exports made as the tools make them. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Weight {
	competency: string;
	weight: number;
	mustHave: boolean;
	minRating: number | null;
}
export interface BuiltCard {
	id: string;
	title: string;
	weights: Weight[];
	thresholds: { pass: number; hold: number };
	minCoverage: number;
	barRaiser: unknown;
}

export const builtCards: BuiltCard[] = JSON.parse(
	readFileSync(fileURLToPath(new URL('../../dist/api/scorecards.json', import.meta.url)), 'utf8'),
);
export const cardOf = (id: string): BuiltCard => builtCards.find((c) => c.id === id)!;

/** The scoring part of a handbook card, as an export or a link carries it. */
export function scoring(id: string) {
	const c = cardOf(id);
	return { weights: c.weights, thresholds: c.thresholds, minCoverage: c.minCoverage };
}

/** A link fragment for any payload, encoded as the calculator encodes it (base64url of UTF-8 JSON). */
export const fragment = (payload: unknown) =>
	`#s=${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;

/** An export file's text for a state. */
export function exportText(state: Record<string, unknown>): string {
	return JSON.stringify({
		format: 'python-interview-handbook/rating',
		version: 1,
		exportedAt: '2026-12-01T10:00:00.000Z',
		candidate: 'Sam',
		notes: {},
		override: null,
		...state,
	});
}

/** Fails the test on any dialog or page error: hostile input must never run. */
export function watch(page: Page): { dialogs: string[]; errors: string[] } {
	const seen = { dialogs: [] as string[], errors: [] as string[] };
	page.on('dialog', (d) => {
		seen.dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('pageerror', (e) => seen.errors.push(e.message));
	return seen;
}

export const result = (page: Page) => page.getByRole('status').filter({ hasText: 'Composite' });

export async function clearCalculator(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Clear the calculator’s saved ratings' }).click();
	await expect(page.getByText(/^Cleared the calculator/)).toBeVisible();
}
