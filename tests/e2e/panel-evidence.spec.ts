// After an interview session the calculator takes its names and evidence, the JSON export carries
// the evidence, the print summary shows it, and the panel lays every interviewer's evidence out per
// competency, largest spread first.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { emptyState, toExport } from '../../src/lib/calculator-state.ts';
import { HANDOFF_FORMAT, HANDOFF_VERSION, type SessionHandoff } from '../../src/lib/session-handoff.ts';
import { HANDOFF_KEY } from '../../src/lib/storage-keys.ts';
import { loadEntries } from '../support/content.ts';

const CARD = 'general-python-developer';
const card = loadEntries('scorecards').find((c) => c.id === CARD)!.data;
const scoring = {
	weights: card.weights.map((w) => ({ ...w, minRating: w.minRating ?? null })),
	thresholds: card.thresholds,
	minCoverage: card.minCoverage,
	...(card.barRaiser ? { barRaiser: card.barRaiser } : {}),
};
const handoff: SessionHandoff = {
	format: HANDOFF_FORMAT,
	version: HANDOFF_VERSION,
	scorecard: CARD,
	candidate: 'Dee Kay',
	interviewer: 'Ana',
	competencies: {
		'technical-knowledge': {
			items: [
				{ question: 'An LRU cache', kind: 'must-show', text: 'Used OrderedDict.move_to_end on a hit' },
				{ question: 'An LRU cache', kind: 'note', text: 'Asked whether it must be thread-safe', minute: 6 },
				{
					question: 'An LRU cache',
					kind: 'note',
					text: `Pasted ${'https://example.org/'.padEnd(120, 'x')}`,
					minute: 9,
				},
			],
			suggestion: { rating: 3, reason: 'Every must-show point of the one question asked that covers it.' },
		},
	},
};

test('session evidence: in the JSON export and the print summary, then per interviewer in the panel', async ({
	page,
}) => {
	await page.goto('/calculator/');
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [HANDOFF_KEY, JSON.stringify(handoff)]);
	await page.goto(`/calculator/?scorecard=${CARD}&session=1`);
	// The names typed in the session fill the calculator's empty fields.
	await expect(page.getByLabel('Interviewer')).toHaveValue('Ana');
	await expect(page.getByLabel('Candidate')).toHaveValue('Dee Kay');
	const tech = page.getByRole('group', { name: /^Technical knowledge \(weight/ });
	await expect(tech.getByRole('list', { name: /^Evidence from the interview session/ })).toContainText(
		'[An LRU cache] must-show: Used OrderedDict.move_to_end on a hit',
	);
	await tech.getByRole('radio', { name: /^3 · / }).check();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click(),
	]);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(text).sessionEvidence).toEqual(handoff.competencies);

	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('[data-print-summary]');
	await expect(printed).toBeVisible();
	await expect(printed.getByRole('row', { name: /^Technical knowledge/, includeHidden: true })).toContainText(
		'[An LRU cache, min 6] note: Asked whether it must be thread-safe',
	);
	await page.emulateMedia({ media: 'screen' });

	// A second interviewer without a session, rating technical knowledge two points lower.
	const ben = toExport({ ...emptyState(CARD, scoring), interviewer: 'Ben', ratings: { 'technical-knowledge': 1 } });
	await page.goto('/calculator/panel/');
	await page.getByLabel('Choose exported JSON files').setInputFiles([
		{ name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(text) },
		{ name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ben)) },
	]);
	await expect(page.getByRole('status')).toContainText('2 in the panel.');
	const disclosure = page.getByRole('group').filter({ hasText: 'Technical knowledge: spread 2, discuss first' });
	await expect(disclosure).toHaveAttribute('open', '');
	const evidence = disclosure.getByRole('list', { name: 'Evidence for Technical knowledge' });
	await expect(evidence).toContainText('Ana, rated 3');
	await expect(
		evidence.getByRole('list', { name: 'Interview session evidence from Ana for Technical knowledge' }),
	).toContainText('[An LRU cache, min 6] note: Asked whether it must be thread-safe');
	await expect(evidence).toContainText('The session suggested 3 (a suggestion, not a rating).');
	await expect(evidence).toContainText('Ben, rated 1');
	await expect(evidence).toContainText('Rated without written evidence: ask for it before discussing.');

	// Kept through a reload, from the panel's own storage.
	await page.reload();
	await expect(
		page.getByRole('list', { name: 'Interview session evidence from Ana for Technical knowledge' }),
	).toBeVisible();
	// Nothing scrolls sideways on a phone, long pasted words included.
	await page.setViewportSize({ width: 360, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	// The largest spread comes first.
	await expect(page.locator('details.panel-evidence summary').first()).toHaveText(
		'Technical knowledge: spread 2, discuss first',
	);
});
