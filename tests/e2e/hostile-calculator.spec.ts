/**
 * Hostile input for the calculator and the panel, one test per case, generated from tables:
 * share links, stored state, JSON files, pasted text and typed text. Every case asserts that the
 * page refuses with a message or handles the input, that a later valid action still works, and
 * that nothing ran: no dialog, no page error, no injected element, no global set by a payload.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exportText, fragment, result, scoring, watch } from './calculator-support.ts';

const GENERAL = 'general-python-developer';
const card = scoring(GENERAL);
const TK = 'technical-knowledge';
const all3 = Object.fromEntries(card.weights.map((w) => [w.competency, 3]));
const EVIDENCE = 'Strong pairing session; the take-home was her own work.';
/** Payloads that would set window.__pwned, or add an <img src=x>, if they ever ran as markup or code. */
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const JS_LINK = '[x](javascript:window.__pwned=1)';
const link = (over: Record<string, unknown>) =>
	fragment({ v: 1, scorecard: GENERAL, card, ratings: { [TK]: 3 }, ...over });
const withCard = (over: Record<string, unknown>) => link({ card: { ...card, ...over } });
const weights = (f: (w: (typeof card.weights)[number], i: number) => unknown) =>
	withCard({ weights: card.weights.map(f) });
const b64 = (text: string) => `#s=${Buffer.from(text, 'utf8').toString('base64url')}`;

/** Refused: an alert containing `says`. Handled: `shows` is visible text somewhere on the page. */
type Expect = { says: string | RegExp } | { shows: string | RegExp; value?: { label: string; is: string | RegExp } };

async function ranNothing(page: Page, seen: { dialogs: string[]; errors: string[] }): Promise<void> {
	const state = await page.evaluate(() => ({
		pwned: (window as { __pwned?: unknown }).__pwned ?? null,
		injected: document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:"]').length,
		polluted: ({} as { polluted?: unknown }).polluted ?? null,
	}));
	expect(state).toEqual({ pwned: null, injected: 0, polluted: null });
	expect(seen).toEqual({ dialogs: [], errors: [] });
}

async function outcome(page: Page, e: Expect): Promise<void> {
	if ('says' in e) await expect(page.getByRole('alert')).toContainText(e.says);
	else {
		await expect(page.getByText(e.shows).first()).toBeVisible();
		if (e.value) await expect(page.getByLabel(e.value.label)).toHaveValue(e.value.is);
	}
}

// ---- the calculator: share links -------------------------------------------------------------

const LINKS: { name: string; hash: string; expect: Expect }[] = [
	{ name: 'empty state', hash: '#s=', expect: { says: 'damaged' } },
	{ name: 'percent signs', hash: '#s=%%%', expect: { says: 'not in a form this calculator recognises' } },
	{ name: 'markup in the fragment', hash: `#s=${IMG}`, expect: { says: 'not in a form this calculator recognises' } },
	{ name: 'base64 of text that is not JSON', hash: b64('not json'), expect: { says: 'damaged' } },
	{ name: 'bytes that are not UTF-8', hash: '#s=_w', expect: { says: 'damaged' } },
	{ name: 'a valid link cut short', hash: link({}).slice(0, 40), expect: { says: 'damaged' } },
	{ name: 'another version', hash: link({ v: 2 }), expect: { says: 'different version' } },
	{ name: 'a JSON array', hash: fragment([1, 2, 3]), expect: { says: 'different version' } },
	{ name: 'JSON null', hash: b64('null'), expect: { says: 'different version' } },
	{
		name: 'markup as the scorecard id',
		hash: link({ scorecard: IMG }),
		expect: { says: 'scorecard id is missing or malformed' },
	},
	{
		name: '__proto__ as the scorecard id',
		hash: link({ scorecard: '__proto__' }),
		expect: { says: 'scorecard id is missing or malformed' },
	},
	{ name: 'no card', hash: link({ card: null }), expect: { says: 'scorecard definition is missing' } },
	{ name: 'no weights', hash: withCard({ weights: [] }), expect: { says: 'between 1 and 40 weighted competencies' } },
	{
		name: '41 weights',
		hash: withCard({
			weights: Array.from({ length: 41 }, (_, i) => ({ competency: `c${i}`, weight: 1, mustHave: false })),
		}),
		expect: { says: 'between 1 and 40 weighted competencies' },
	},
	{
		name: 'a weight as a numeric string',
		hash: weights((w, i) => ({ ...w, weight: i === 0 ? '40' : w.weight })),
		expect: { says: 'must be a positive whole number' },
	},
	{
		name: 'a weight of null',
		hash: weights((w, i) => ({ ...w, weight: i === 1 ? null : w.weight })),
		expect: { says: 'must be a positive whole number' },
	},
	{
		name: 'a huge weight',
		hash: weights((w, i) => ({ ...w, weight: i === 1 ? 1e308 : w.weight })),
		expect: { says: 'weights sum to' },
	},
	{
		name: 'a negative weight',
		hash: weights((w, i) => ({ ...w, weight: i === 1 ? -30 : w.weight })),
		expect: { says: 'must be a positive whole number' },
	},
	{
		name: 'a competency weighted twice',
		hash: weights((w, i) => ({ ...w, competency: i === 1 ? TK : w.competency })),
		expect: { says: 'weighted twice' },
	},
	{
		name: '__proto__ as a competency id',
		hash: weights((w, i) => ({ ...w, competency: i === 1 ? '__proto__' : w.competency })),
		expect: { says: 'has no valid id' },
	},
	{
		name: 'markup as a competency id',
		hash: weights((w, i) => ({ ...w, competency: i === 1 ? SCRIPT : w.competency })),
		expect: { says: 'has no valid id' },
	},
	{
		name: 'a minimum rating of 9',
		hash: weights((w) => ({ ...w, minRating: w.mustHave ? 9 : null })),
		expect: { says: 'is not 1 to 4' },
	},
	{
		name: 'a must-have without a minimum',
		hash: weights((w) => ({ ...w, minRating: null })),
		expect: { says: 'needs a minimum rating' },
	},
	{
		name: 'thresholds as strings',
		hash: withCard({ thresholds: { pass: '3', hold: '2' } }),
		expect: { says: 'thresholds must be numbers' },
	},
	{
		name: 'hold above pass',
		hash: withCard({ thresholds: { pass: 3, hold: 3.5 } }),
		expect: { says: 'thresholds must satisfy 1 ≤ hold ≤ pass ≤ 4' },
	},
	{
		name: 'a pass threshold of 40',
		hash: withCard({ thresholds: { pass: 40, hold: 2 } }),
		expect: { says: 'thresholds must satisfy' },
	},
	{
		name: 'a coverage of 500%',
		hash: withCard({ minCoverage: 5 }),
		expect: { says: 'minimum coverage must be between 0 and 100%' },
	},
	{
		name: 'a nonsense bar-raiser',
		hash: withCard({ barRaiser: { rating: 9, count: 'all', among: 'everyone' } }),
		expect: { says: 'bar-raiser rule' },
	},
	{
		name: '__proto__ as a rating key',
		hash: b64(`{"v":1,"scorecard":"${GENERAL}","card":${JSON.stringify(card)},"ratings":{"__proto__":{"polluted":1}}}`),
		expect: { says: '"__proto__" is not a competency on this scorecard' },
	},
	{
		name: 'a rating of 7',
		hash: link({ ratings: { [TK]: 7 } }),
		expect: { says: 'must be 1, 2, 3, 4 or not assessed' },
	},
	{
		name: 'a rating as a string',
		hash: link({ ratings: { [TK]: '3' } }),
		expect: { says: 'must be 1, 2, 3, 4 or not assessed' },
	},
	{
		name: 'a rating of a competency not on the card',
		hash: link({ ratings: { toString: 3 } }),
		expect: { says: '"toString" is not a competency' },
	},
	{
		name: 'the override as a string',
		hash: link({ notes: {}, override: 'pass' }),
		expect: { says: 'override is malformed' },
	},
	{
		name: 'override evidence of repeated characters',
		hash: link({ notes: {}, ratings: all3, override: { outcome: 'pass', evidence: 'a'.repeat(60), signedOffBy: 'X' } }),
		expect: { says: 'Write the evidence in words' },
	},
	{
		name: 'an override of an incomplete result',
		hash: link({ notes: {}, override: { outcome: 'pass', evidence: EVIDENCE, signedOffBy: 'Mallory' } }),
		expect: { says: 'an incomplete result cannot be overridden' },
	},
	{
		name: 'a forged pass threshold of 1',
		hash: withCard({ thresholds: { pass: 1, hold: 1 } }),
		expect: { says: 'The handbook’s version decides' },
	},
	{
		name: 'a must-have quietly dropped',
		hash: weights((w) => ({ ...w, mustHave: false, minRating: null })),
		expect: { says: 'is not a must-have here; in the handbook it is' },
	},
	{
		name: 'a scorecard this handbook does not have',
		hash: link({ scorecard: 'renamed-card' }),
		expect: { says: 'that this handbook does not have' },
	},
	{
		name: 'markup in notes and names',
		hash: link({ notes: { [TK]: IMG }, interviewer: SCRIPT, candidate: JS_LINK, override: null }),
		expect: { shows: 'Result so far', value: { label: 'Evidence for Technical knowledge', is: IMG } },
	},
	{
		name: 'a note of 100,000 characters',
		hash: link({ notes: { [TK]: 'x'.repeat(100_000) }, interviewer: 'A', candidate: 'B', override: null }),
		expect: { shows: 'Result so far', value: { label: 'Evidence for Technical knowledge', is: /^x{5000}$/ } },
	},
	{
		name: 'constructor as a competency id on a custom card',
		hash: fragment({
			v: 1,
			scorecard: 'custom',
			card: {
				weights: [{ competency: 'constructor', weight: 100, mustHave: false }],
				thresholds: { pass: 3, hold: 2.5 },
				minCoverage: 0.5,
			},
			ratings: {},
		}),
		expect: { says: 'carries a custom scorecard' },
	},
	{ name: 'an in-page anchor', hash: '#main', expect: { shows: 'Result so far' } },
	{ name: 'an anchor with markup', hash: `#${IMG}`, expect: { shows: 'Result so far' } },
];

for (const c of LINKS) {
	test(`link: ${c.name}`, async ({ page }) => {
		const seen = watch(page);
		await page.goto(`/calculator/?scorecard=${GENERAL}`);
		await page.evaluate(() => localStorage.clear());
		await page.goto(`/calculator/${c.hash}`);
		await outcome(page, c.expect);
		await keepsWorking(page);
		await ranNothing(page, seen);
	});
}

/** A later valid action works: pick the general card, start afresh, rate one competency. */
async function keepsWorking(page: Page): Promise<void> {
	await page.getByLabel('Scorecard').selectOption(GENERAL);
	await page.getByRole('button', { name: 'Clear the calculator’s saved ratings' }).click();
	await page
		.getByRole('group', { name: /^Technical knowledge/ })
		.getByRole('radio', { name: /^3 ·/ })
		.check();
	await expect(result(page)).toContainText('3.00');
}

// ---- the calculator: stored state ------------------------------------------------------------

const KEY = `handbook:calculator:card:${GENERAL}`;
const stored = (over: Record<string, unknown>) =>
	JSON.stringify({
		scorecard: GENERAL,
		card,
		interviewer: '',
		candidate: '',
		ratings: {},
		notes: {},
		override: null,
		...over,
	});
const STORED: { name: string; key?: string; value: string; expect: Expect }[] = [
	{ name: 'text that is not JSON', value: 'not json', expect: { says: 'could not be read' } },
	{ name: 'a scorecard id that is a number', value: '{"scorecard": 42}', expect: { says: 'could not be read' } },
	{ name: 'JSON null', value: 'null', expect: { says: 'could not be read' } },
	{ name: 'a JSON array', value: '[]', expect: { says: 'could not be read' } },
	{
		name: 'work for another scorecard under this key',
		value: stored({ scorecard: 'staff-engineer', card: scoring('staff-engineer') }),
		expect: { says: 'belong to another one' },
	},
	{
		name: 'a forged card',
		value: stored({ card: { ...card, thresholds: { pass: 1, hold: 1 } } }),
		expect: { says: 'changed since your ratings were saved' },
	},
	{
		name: '__proto__ as a rating key',
		value: `{"scorecard":"${GENERAL}","card":${JSON.stringify(card)},"ratings":{"__proto__":{"polluted":1}}}`,
		expect: { says: 'could not be read' },
	},
	{
		name: 'markup in a note',
		value: stored({ notes: { [TK]: IMG }, interviewer: SCRIPT }),
		expect: { shows: 'Result so far', value: { label: 'Interviewer', is: SCRIPT } },
	},
	{
		name: 'a name that is an object',
		value: stored({ interviewer: { toString: 'x' }, ratings: { [TK]: 4 } }),
		expect: { shows: 'Result so far', value: { label: 'Interviewer', is: '' } },
	},
	{
		name: 'an override of an incomplete result',
		value: stored({ ratings: { [TK]: 4 }, override: { outcome: 'pass', evidence: EVIDENCE, signedOffBy: 'Mallory' } }),
		expect: { says: 'an incomplete result cannot be overridden' },
	},
	{
		name: 'work saved under the key of an earlier version',
		key: `handbook:calculator:${GENERAL}`,
		value: stored({ interviewer: 'From before' }),
		expect: { shows: 'Result so far', value: { label: 'Interviewer', is: 'From before' } },
	},
];

for (const c of STORED) {
	test(`stored state: ${c.name}`, async ({ page }) => {
		const seen = watch(page);
		await page.goto(`/calculator/?scorecard=${GENERAL}`);
		await page.evaluate(([k, v]) => (localStorage.clear(), localStorage.setItem(k!, v!)), [c.key ?? KEY, c.value]);
		await page.reload();
		await outcome(page, c.expect);
		await keepsWorking(page);
		await ranNothing(page, seen);
	});
}

// ---- the panel: files, pasted text, stored state ----------------------------------------------

const valid = (over: Record<string, unknown> = {}) =>
	exportText({ scorecard: GENERAL, card, interviewer: 'Ana', ratings: all3, ...over });
const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const IMPORTS: { name: string; text: string; file?: string; before?: string; expect: Expect }[] = [
	{ name: 'text that is not JSON', text: 'not json', expect: { says: 'This is not JSON' } },
	{ name: 'nothing at all', text: '', expect: { says: 'This is not JSON' } },
	{ name: 'markup', text: SCRIPT, expect: { says: 'This is not JSON' } },
	{ name: 'JSON nested 100,000 deep', text: deep, expect: { says: /This (is not JSON|JSON is not a rubric)/ } },
	{ name: 'a JSON array', text: '[1, 2]', expect: { says: 'not a rubric calculator export' } },
	{
		name: 'another format',
		text: valid({ format: 'something/else' }),
		expect: { says: 'not a rubric calculator export' },
	},
	{ name: 'another version', text: valid({ version: 2 }), expect: { says: 'this calculator reads version 1' } },
	{
		name: 'markup as the version',
		text: valid({ version: IMG }),
		expect: { says: 'This export is version <img src=' },
	},
	{
		name: 'a numeric-string weight',
		text: valid({ card: { ...card, weights: card.weights.map((w) => ({ ...w, weight: String(w.weight) })) } }),
		expect: { says: 'must be a positive whole number' },
	},
	{
		name: '__proto__ as a rating key',
		text: valid().replace('"ratings":{', '"ratings":{"__proto__":{"polluted":1},'),
		expect: { says: '"__proto__" is not a competency' },
	},
	{
		name: 'override evidence of repeated characters',
		text: valid({ override: { outcome: 'pass', evidence: 'ab'.repeat(30), signedOffBy: 'X' } }),
		expect: { says: 'Write the evidence in words' },
	},
	{
		name: 'a forged card',
		text: valid({ card: { ...card, thresholds: { pass: 1, hold: 1 } } }),
		expect: { shows: /differs from the handbook’s/ },
	},
	{
		name: 'markup as the interviewer',
		text: valid({ interviewer: IMG, notes: { [TK]: JS_LINK } }),
		expect: { shows: IMG },
	},
	{
		name: 'markup as session evidence',
		text: valid({
			sessionEvidence: {
				[TK]: { items: [{ question: IMG, kind: 'note', text: SCRIPT, minute: 1 }], suggestion: null },
			},
		}),
		// Rendered as text inside the (closed) disclosure; ranNothing checks nothing ran or was injected.
		expect: { shows: 'Technical knowledge: spread 0' },
	},
	{
		name: 'damaged session evidence',
		text: valid({ sessionEvidence: { [TK]: { items: IMG } } }),
		expect: { shows: /evidence in .+ was left out \(sessionEvidence\["technical-knowledge"\]\.items is missing/ },
	},
	{
		name: 'session evidence for a competency the card does not weight',
		text: valid({ sessionEvidence: { __proto__x: { items: [], suggestion: null } } }),
		expect: { shows: /sessionEvidence\["__proto__x"\] is not a competency of this scorecard/ },
	},
	{
		name: 'a prototype-polluting top-level key',
		text: valid().replace('{', '{"__proto__":{"polluted":1},'),
		expect: { shows: 'Ratings side by side' },
	},
	{
		name: 'a scorecard this handbook does not have',
		text: valid({ scorecard: 'renamed-card' }),
		expect: { shows: /that this handbook does not have/ },
	},
	{
		name: 'an export of another scorecard after a valid one',
		before: valid(),
		text: valid({ scorecard: 'staff-engineer', card: scoring('staff-engineer'), interviewer: 'Ben', ratings: {} }),
		expect: { says: 'different scorecards' },
	},
	{ name: 'the same export twice', before: valid(), text: valid(), expect: { says: 'same export as interviewer 1’s' } },
	{
		name: 'a second export from one interviewer',
		before: valid(),
		text: valid({ interviewer: 'ANA', ratings: {} }),
		expect: { says: 'ANA is already in the panel' },
	},
	{
		name: 'a custom card after a handbook one',
		before: valid(),
		text: valid({ scorecard: 'custom', interviewer: 'Cy' }),
		expect: { says: 'different scorecards' },
	},
	{
		name: 'markup as the file name',
		file: `${IMG}.json`,
		text: 'nope',
		expect: { says: `Could not import ${IMG}.json` },
	},
	{
		name: 'a file over 1 MB',
		file: 'big.json',
		text: `"${'x'.repeat(1_100_000)}"`,
		expect: { says: 'larger than 1 MB' },
	},
];

/** A later valid action works: clear the panel and import one honest export. */
async function panelKeepsWorking(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Clear the panel' }).click();
	await page.getByLabel('Or paste one export').fill(valid({ interviewer: 'Zed' }));
	await page.getByRole('button', { name: 'Add pasted export' }).click();
	await expect(page.getByRole('button', { name: 'Remove Zed' })).toBeVisible();
}

for (const via of ['file', 'paste'] as const) {
	for (const c of IMPORTS) {
		if (via === 'paste' && c.file) continue;
		test(`panel ${via}: ${c.name}`, async ({ page }) => {
			const seen = watch(page);
			await page.goto('/calculator/panel/');
			await page.evaluate(() => localStorage.clear());
			await page.reload();
			if (c.before) {
				await page.getByLabel('Or paste one export').fill(c.before);
				await page.getByRole('button', { name: 'Add pasted export' }).click();
				await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(1);
			}
			if (via === 'file')
				await page.getByLabel('Choose exported JSON files').setInputFiles({
					name: c.file ?? 'export.json',
					mimeType: 'application/json',
					buffer: Buffer.from(c.text, 'utf8'),
				});
			else {
				await page.getByLabel('Or paste one export').fill(c.text);
				await page.getByRole('button', { name: 'Add pasted export' }).click();
			}
			await outcome(page, c.expect);
			await panelKeepsWorking(page);
			await ranNothing(page, seen);
		});
	}
}

const PANEL_STORED: { name: string; key?: string; value: string; expect: Expect }[] = [
	{ name: 'text that is not JSON', value: 'not json', expect: { says: 'could not be read' } },
	{ name: 'an object, not a list', value: '{"a": 1}', expect: { says: 'could not be read' } },
	{
		name: 'a number in the list',
		value: '[7]',
		expect: { says: 'The saved export 1 was not an export and was dropped.' },
	},
	{
		name: 'markup as a saved file name',
		value: JSON.stringify([{ file: IMG, text: '{}' }]),
		expect: { says: `Dropped the saved ${IMG}` },
	},
	{
		name: 'the same export saved twice',
		value: JSON.stringify([
			{ file: 'a.json', text: valid() },
			{ file: 'b.json', text: valid() },
		]),
		expect: { says: 'Dropped the saved b.json' },
	},
	{
		name: 'the key of an earlier version',
		key: 'handbook:calculator:panel',
		value: JSON.stringify([valid({ interviewer: 'Old' })]),
		expect: { shows: 'Remove Old' },
	},
];

for (const c of PANEL_STORED) {
	test(`panel stored state: ${c.name}`, async ({ page }) => {
		const seen = watch(page);
		await page.goto('/calculator/panel/');
		await page.evaluate(
			([k, v]) => (localStorage.clear(), localStorage.setItem(k!, v!)),
			[c.key ?? 'handbook:panel:exports', c.value],
		);
		await page.reload();
		await outcome(page, c.expect);
		await panelKeepsWorking(page);
		await ranNothing(page, seen);
	});
}

// ---- the calculator: typed text reaches the Markdown export inert ------------------------------

const TYPED: { name: string; field: string; text: string; forbidden: RegExp }[] = [
	{ name: 'an image tag with onerror in the interviewer', field: 'Interviewer', text: IMG, forbidden: /(?<!\\)<img/ },
	{
		name: 'a javascript: link in evidence',
		field: 'Evidence for Technical knowledge',
		text: JS_LINK,
		forbidden: /(?<!\\)\]\(javascript/,
	},
	{
		name: 'an autolink in evidence',
		field: 'Evidence for Problem solving',
		text: '<javascript:alert(1)> <https://evil.example>',
		forbidden: /(?<!\\)<(javascript|https)/,
	},
	{
		name: 'Markdown image syntax in the candidate',
		field: 'Candidate',
		text: '![x](https://evil.example/p.png)',
		forbidden: /(?<!\\)!\[/,
	},
	{
		name: 'a script element in evidence',
		field: 'Evidence for Communication',
		text: SCRIPT,
		forbidden: /(?<!\\)<script/,
	},
	{
		name: 'a table row break in evidence',
		field: 'Evidence for Team fit (collaboration behaviours)',
		text: 'ok |\n| --- | --- |\n| forged | row |',
		forbidden: /\n\| forged/,
	},
];

for (const c of TYPED) {
	test(`typed text: ${c.name}`, async ({ page }) => {
		const seen = watch(page);
		await page.goto(`/calculator/?scorecard=${GENERAL}`);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.getByLabel(c.field, { exact: true }).fill(c.text);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download Markdown' }).click(),
		]);
		const md = readFileSync((await download.path())!, 'utf8');
		expect(md).not.toMatch(c.forbidden);
		await page.reload();
		await expect(page.getByLabel(c.field, { exact: true })).toHaveValue(
			c.text.replace(/\n/g, c.field.startsWith('Evidence') ? '\n' : ''),
		);
		await keepsWorking(page);
		await ranNothing(page, seen);
	});
}
