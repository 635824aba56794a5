/**
 * Hostile input for the kit builder and the calibration workshop: forged kit links, typed
 * minutes, stored workshop state and pasted ratings. Each case, one test from a table, asserts
 * that the page refuses with a message or handles the input, keeps working, and runs nothing:
 * no dialog, no page error, no injected element, no global set by a payload.
 */
import { expect, test, type Page } from '@playwright/test';
import { WORKSHOP_STORAGE_KEY } from '../../src/lib/workshop-sheet.ts';

/** Every payload that could run sets this global or opens a dialog; neither may happen. */
const PWN = 'window.__pwned=1';
const IMG = `<img src=x onerror=${PWN}>`;
const SVG = `"><svg onload=${PWN}>`;
const CARD = 'general-python-developer';

function watch(page: Page): { problems: string[] } {
	const problems: string[] = [];
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return { problems };
}

async function ranNothing(page: Page, problems: string[]): Promise<void> {
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count()).toBe(0);
	expect(problems).toEqual([]);
}

// ---- kit links ----------------------------------------------------------------------------------

interface KitCase {
	name: string;
	search: string;
	/** The message the page shows (in its alert, or a question's warning); null: handled silently. */
	says: string | RegExp | null;
}
const long = 'a'.repeat(5000);
const manyIds = Array.from({ length: 200 }, (_, i) => `q${i}`).join(',');
const KIT_CASES: KitCase[] = [
	{ name: 'script tag as scorecard', search: `?scorecard=<script>${PWN}</script>`, says: 'scorecard id is malformed' },
	{ name: 'image payload as scorecard', search: `?scorecard=${encodeURIComponent(IMG)}`, says: 'malformed' },
	{ name: '__proto__ as scorecard', search: '?scorecard=__proto__', says: 'malformed' },
	{ name: 'constructor as scorecard', search: '?scorecard=constructor', says: 'There is no scorecard "constructor"' },
	{ name: 'toString as scorecard', search: '?scorecard=tostring', says: 'There is no scorecard "tostring"' },
	{ name: 'empty scorecard', search: '?scorecard=', says: 'malformed' },
	{
		name: '5,000-character scorecard',
		search: `?scorecard=${long}`,
		says: `There is no scorecard "${long.slice(0, 60)}…"`,
	},
	{ name: 'scorecard as an array parameter', search: '?scorecard[]=x&scorecard%5B%5D=y', says: null },
	{ name: 'negative stage', search: `?scorecard=${CARD}&stage=-1`, says: 'is not a stage number' },
	{ name: 'stage past the loop', search: `?scorecard=${CARD}&stage=99`, says: 'has no stage 100' },
	{ name: 'stage in exponent form', search: `?scorecard=${CARD}&stage=1e1`, says: 'is not a stage number' },
	{ name: '__proto__ as stage', search: `?scorecard=${CARD}&stage=__proto__`, says: 'is not a stage number' },
	{ name: 'stage with a NUL byte', search: `?scorecard=${CARD}&stage=custom%00`, says: 'is not a stage number' },
	{
		name: 'payload as stage',
		search: `?scorecard=${CARD}&stage=${encodeURIComponent(SVG)}`,
		says: 'not a stage number',
	},
	{
		name: 'two stages, the second hostile',
		search: `?scorecard=${CARD}&stage=0&stage=${encodeURIComponent(IMG)}`,
		says: null,
	},
	{ name: 'zero minutes', search: `?scorecard=${CARD}&minutes=0`, says: 'not a whole number from 5 to 240' },
	{ name: 'negative minutes', search: `?scorecard=${CARD}&minutes=-60`, says: 'not a whole number from 5 to 240' },
	{ name: 'minutes in exponent form', search: `?scorecard=${CARD}&minutes=6e1`, says: 'not a whole number' },
	{ name: 'minutes in hex', search: `?scorecard=${CARD}&minutes=0x3c`, says: 'not a whole number' },
	{ name: 'NaN minutes', search: `?scorecard=${CARD}&minutes=NaN`, says: 'not a whole number' },
	{ name: 'Infinity minutes', search: `?scorecard=${CARD}&minutes=Infinity`, says: 'not a whole number' },
	{ name: 'fractional minutes', search: `?scorecard=${CARD}&minutes=60.5`, says: 'not a whole number' },
	{ name: 'a week of minutes', search: `?scorecard=${CARD}&minutes=10080`, says: 'not a whole number' },
	{ name: 'image payload as a question', search: `?scorecard=${CARD}&q=${encodeURIComponent(IMG)}`, says: 'Dropped' },
	{ name: 'javascript: URL as a question', search: `?scorecard=${CARD}&q=javascript:alert(1)`, says: 'Dropped' },
	{ name: '__proto__ as a question', search: `?scorecard=${CARD}&q=__proto__`, says: 'Dropped "__proto__"' },
	{
		name: 'constructor as a question',
		search: `?scorecard=${CARD}&q=constructor`,
		says: '"constructor" is not in the bank',
	},
	{
		name: 'prototype method names as questions',
		search: `?scorecard=${CARD}&q=tostring,valueof`,
		says: '"valueof" is not in the bank',
	},
	{ name: 'look-alike Cyrillic id', search: `?scorecard=${CARD}&q=lru-c%D0%B0che`, says: 'Dropped' },
	{ name: 'NUL byte in a question', search: `?scorecard=${CARD}&q=lru-cache%00`, says: 'Dropped' },
	{ name: 'a variation that does not exist', search: `?scorecard=${CARD}&q=lru-cache~99`, says: 'has no variation 99' },
	{ name: 'a negative variation', search: `?scorecard=${CARD}&q=lru-cache~-1`, says: 'Dropped "lru-cache~-1"' },
	{ name: 'a variation in exponent form', search: `?scorecard=${CARD}&q=lru-cache~1e1`, says: 'Dropped' },
	{ name: 'a repeated question', search: `?scorecard=${CARD}&q=lru-cache,lru-cache`, says: 'repeated' },
	{ name: '200 questions', search: `?scorecard=${CARD}&q=${manyIds}`, says: 'only the first 24 are read' },
	{ name: 'a retired question', search: `?scorecard=${CARD}&q=python-2-vs-3`, says: 'Warning: Retired from the bank' },
	{
		name: 'a question for other levels',
		search: `?scorecard=${CARD}&q=api-versioning`,
		says: 'Warning: Pitched at senior, staff, not at mid',
	},
	{ name: 'only commas as questions', search: `?scorecard=${CARD}&q=,,,,`, says: null },
	{ name: 'payload in the fragment', search: `?scorecard=${CARD}#${encodeURIComponent(IMG)}`, says: null },
	{ name: 'a custom stage with no minutes', search: `?scorecard=${CARD}&stage=custom`, says: null },
];

test.describe('kit links', () => {
	for (const c of KIT_CASES) {
		test(`kit link: ${c.name}`, async ({ page }) => {
			const { problems } = watch(page);
			await page.goto(`/kits/${c.search}`);
			await expect(page.getByRole('status').filter({ hasText: 'question minutes' })).toBeVisible();
			if (c.says) await expect(page.getByText(c.says).first()).toBeVisible();
			else await expect(page.getByRole('alert')).toBeHidden();
			// Still works: the form proposes a kit again, within the budget.
			await page.getByRole('button', { name: 'Propose questions again' }).click();
			await expect(page.locator('.kit-question').first()).toBeVisible();
			await expect(page.getByRole('alert')).toBeHidden();
			await ranNothing(page, problems);
		});
	}
});

const MINUTES_TYPED = ['-5', '4', '241', '999999', '1.5'];
test.describe('minutes typed into the kit builder', () => {
	for (const typed of MINUTES_TYPED) {
		test(`kit minutes typed: ${typed}`, async ({ page }) => {
			const { problems } = watch(page);
			await page.goto(`/kits/?scorecard=${CARD}&stage=1`);
			const minutes = page.getByLabel('Minutes available');
			await expect(minutes).toHaveValue('60');
			await minutes.fill(typed);
			await minutes.press('Enter');
			await minutes.blur();
			await expect(page.getByRole('alert')).toContainText(
				'Minutes available must be a whole number from 5 to 240; the kit still uses 60.',
			);
			expect(page.url()).not.toContain(`minutes=${typed}`);
			await minutes.fill('45');
			await minutes.blur();
			await expect(page.getByRole('status').filter({ hasText: 'question minutes' })).toContainText('of 40 question');
			await ranNothing(page, problems);
		});
	}
});

// ---- the workshop's stored state and pasted ratings ---------------------------------------------

interface StoredCase {
	name: string;
	stored: (sampleIds: string[]) => string;
	says: string | RegExp | null;
}
const STORED_CASES: StoredCase[] = [
	{ name: 'not JSON', stored: () => '{not json', says: 'is not readable, so a new sheet is started' },
	{ name: 'an object, not a list', stored: () => '{"raters":[]}', says: 'is not a list of raters' },
	{ name: 'the string null', stored: () => 'null', says: 'is not a list of raters' },
	{
		name: 'entries of the wrong type',
		stored: () => '[null, 1, "x", [2]]',
		says: '4 saved raters were not in a readable form',
	},
	{
		name: 'an image payload as a name',
		stored: () => JSON.stringify([{ name: IMG, ratings: {} }]),
		says: null,
	},
	{
		name: 'prototype keys as sample ids',
		stored: ([a]) => `[{"name":"Ana","ratings":{"__proto__":4,"constructor":3,"${a}":2}}]`,
		says: '2 saved ratings were not a rating from 1 to 4',
	},
	{
		name: 'ratings off the scale',
		stored: ([a, b, c, d]) => JSON.stringify([{ name: 'Ana', ratings: { [a!]: 5, [b!]: 0, [c!]: 2.5, [d!]: '4' } }]),
		says: '4 saved ratings were not a rating from 1 to 4',
	},
	{
		name: 'forty raters',
		stored: () => JSON.stringify(Array.from({ length: 40 }, (_, i) => ({ name: `R${i}`, ratings: {} }))),
		says: 'The saved sheet has 40 raters; the first 30 are kept.',
	},
	{
		name: 'a 10,000-character name',
		stored: () => JSON.stringify([{ name: 'n'.repeat(10_000), ratings: {} }]),
		says: null,
	},
	{
		name: 'ratings as a list',
		stored: () => '[{"name":"Ana","ratings":[4,4]}]',
		says: '1 saved rater was not in a readable form',
	},
	{
		name: 'deeply nested JSON',
		stored: () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
		says: /was not in a readable form|is not readable/,
	},
];

async function samplesOf(page: Page): Promise<{ id: string; title: string }[]> {
	return JSON.parse((await page.locator('script[data-samples]').textContent()) ?? '[]') as {
		id: string;
		title: string;
	}[];
}

async function stillWorks(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Add a rater' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /^(Added rater \d+\.|The sheet holds at most 30 raters\.)$/ }),
	).toBeVisible();
	await page.getByRole('button', { name: 'Reveal reference ratings' }).click();
	await expect(page.getByRole('table', { name: 'Leniency or severity of each rater' })).toBeVisible();
}

test.describe('workshop stored state', () => {
	for (const c of STORED_CASES) {
		test(`workshop stored: ${c.name}`, async ({ page }) => {
			const { problems } = watch(page);
			await page.goto('/calibration/workshop/');
			const ids = (await samplesOf(page)).map((s) => s.id);
			await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [WORKSHOP_STORAGE_KEY, c.stored(ids)]);
			await page.reload();
			await expect(page.getByRole('textbox', { name: 'Name of rater 1', exact: true })).toBeVisible();
			if (c.says) await expect(page.getByRole('alert')).toContainText(c.says);
			else await expect(page.getByRole('alert')).toBeHidden();
			const name = await page.getByRole('textbox', { name: 'Name of rater 1', exact: true }).inputValue();
			expect(name.length).toBeLessThanOrEqual(60);
			await stillWorks(page);
			await ranNothing(page, problems);
		});
	}
});

interface PasteCase {
	name: string;
	/** The pasted text, given the number of samples. */
	text: (n: number) => string;
	/** Where the outcome shows: a refusal in the alert, or the raters added in the status. */
	alert: string | RegExp | null;
	status: string | RegExp;
}
const ones = (n: number, r = '1') => Array.from({ length: n }, () => r).join(', ');
const PASTE_CASES: PasteCase[] = [
	{
		name: 'a script tag as a name',
		text: (n) => `<script>${PWN}</script>: ${ones(n)}`,
		alert: null,
		status: 'Added 1 pasted rater: <script>',
	},
	{
		name: 'an image payload as a name',
		text: (n) => `${IMG.replace(/:/g, '')}: ${ones(n)}`,
		alert: null,
		status: 'Added 1 pasted rater',
	},
	{
		name: 'a rating of 5',
		text: (n) => `Ana: ${ones(n, '5')}`,
		alert: '"5" is not a rating',
		status: 'No rater was added.',
	},
	{
		name: 'a hex rating',
		text: (n) => `Ana: ${ones(n, '0x3')}`,
		alert: '"0x3" is not a rating',
		status: 'No rater was added.',
	},
	{
		name: 'no colon',
		text: () => 'Ana 3 3 3',
		alert: 'expected a name, a colon, then the ratings',
		status: 'No rater was added.',
	},
	{ name: 'too few ratings', text: () => 'Ana: 3', alert: /1 rating for \d+ samples/, status: 'No rater was added.' },
	{ name: 'only spaces', text: () => '   \n\t\n  ', alert: 'Nothing was pasted', status: 'No rater was added.' },
	{
		name: 'an empty name',
		text: (n) => `: ${ones(n)}`,
		alert: 'the name before the ratings is empty',
		status: 'No rater was added.',
	},
	{
		name: '__proto__ as a name',
		text: (n) => `__proto__: ${ones(n)}`,
		alert: null,
		status: 'Added 1 pasted rater: __proto__.',
	},
	{
		name: 'direction overrides in a name',
		text: (n) => `\u202eAna\u202c: ${ones(n)}`,
		alert: null,
		status: 'Added 1 pasted rater: Ana.',
	},
	{
		name: '25,000 characters',
		text: () => 'x'.repeat(25_000),
		alert: 'at most 20000 are read',
		status: 'No rater was added.',
	},
	{
		name: 'forty raters',
		text: (n) => Array.from({ length: 40 }, (_, i) => `R${i}: ${ones(n)}`).join('\n'),
		alert: 'the sheet is full (it holds at most 30 raters)',
		status: /^Added 30 pasted raters/,
	},
	{
		name: 'one good line among bad ones',
		text: (n) => [`Ana: ${ones(n)}`, 'Ben: x', `Cy: ${ones(n, '9')}`].join('\n'),
		alert: 'Line 2 (Ben)',
		status: 'Added 1 pasted rater: Ana.',
	},
];

test.describe('workshop pasted ratings', () => {
	for (const c of PASTE_CASES) {
		test(`workshop paste: ${c.name}`, async ({ page }) => {
			const { problems } = watch(page);
			await page.goto('/calibration/workshop/');
			const n = (await samplesOf(page)).length;
			await page.getByText('Paste ratings from a chat or a spreadsheet').click();
			await page.getByRole('textbox', { name: /One rater per line/ }).fill(c.text(n));
			await page.getByRole('button', { name: 'Add the pasted raters' }).click();
			await expect(page.getByRole('status').filter({ hasText: c.status })).toBeVisible();
			if (c.alert) await expect(page.getByRole('alert')).toContainText(c.alert);
			else await expect(page.getByRole('alert')).toBeHidden();
			await stillWorks(page);
			await ranNothing(page, problems);
		});
	}
});
