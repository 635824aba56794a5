import { expect, test, type Page } from '@playwright/test';

const KIT = '/kits/session/?scorecard=general-python-developer&stage=1&minutes=60&q=lru-cache,flaky-test-diagnosis';
const KEY = 'handbook:session:current';

type Json = { kit: Record<string, unknown> & { items: { id: string; variation: number }[] }; [k: string]: unknown };
type Case = [name: string, text: (valid: Json) => string];

const edit = (change: (s: Json) => void) => (valid: Json) => {
	const copy = structuredClone(valid);
	change(copy);
	return JSON.stringify(copy);
};
const q = (s: Json, id = 'lru-cache') => (s['questions'] as Record<string, Record<string, unknown>>)[id]!;

/** Malformed and hostile session files: every one is refused with a message. */
const cases: Case[] = [
	['not JSON', () => '{"format": '],
	['an empty file', () => ''],
	['a list', () => '[]'],
	['null', () => 'null'],
	['a script as a string', () => JSON.stringify('<script>alert(1)</script>')],
	['a calculator export', edit((s) => (s['format'] = 'python-interview-handbook/rating'))],
	['a future version', edit((s) => (s['version'] = 2))],
	['markup as the scorecard id', edit((s) => (s.kit['scorecard'] = '<img src=x onerror=alert(1)>'))],
	['an unknown scorecard', edit((s) => (s.kit['scorecard'] = 'no-such-card'))],
	['__proto__ as a question id', edit((s) => (s.kit.items[0]!.id = '__proto__'))],
	['an unknown question id', edit((s) => (s.kit.items[0]!.id = 'no-such-question'))],
	['no questions', edit((s) => (s.kit.items = []))],
	['31 questions', edit((s) => (s.kit.items = Array.from({ length: 31 }, () => s.kit.items[0]!)))],
	['a variation that does not exist', edit((s) => (s.kit.items[0]!.variation = 99))],
	['a billion minutes', edit((s) => (s.kit['minutes'] = 1e9))],
	['a negative current question', edit((s) => (s['current'] = -1))],
	['a clock started "Infinity"', edit((s) => (s['runningSince'] = 'Infinity'))],
	[
		'a __proto__ key among the evidence',
		(valid) => JSON.stringify(valid).replace('"questions":{', '"questions":{"__proto__":{"polluted":true},'),
	],
	['a constructor key among the evidence', edit((s) => Reflect.set(s['questions'] as object, 'constructor', {}))],
	['too few must-show points', edit((s) => (q(s)['mustShow'] = []))],
	['a point that is a string', edit((s) => ((q(s)['depth'] as unknown[])[0] = 'shown'))],
	[
		'a note of 5,000 characters',
		edit((s) => (q(s)['notes'] = [{ text: 'x'.repeat(5000), minute: 0, stageMinute: 0 }])),
	],
	[
		'61 notes',
		edit((s) => (q(s)['notes'] = Array.from({ length: 61 }, () => ({ text: 'n', minute: 0, stageMinute: 0 })))),
	],
	['a note from minute -3', edit((s) => (q(s)['notes'] = [{ text: 'n', minute: -3, stageMinute: 0 }]))],
	['a candidate name of 10,000 characters', edit((s) => (s['candidate'] = 'A'.repeat(10_000)))],
	['negative seconds', edit((s) => (q(s)['seconds'] = -5))],
	['deeply nested lists', () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
];

function watch(page: Page) {
	const problems: string[] = [];
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return problems;
}

async function validSession(page: Page): Promise<{ text: string; json: Json }> {
	await page.goto(KIT);
	await expect(page.getByRole('heading', { name: /^Question 1 of 2: / })).toBeVisible();
	await page
		.getByRole('group', { name: /^Must-show points/ })
		.getByRole('checkbox')
		.first()
		.check();
	const text = (await page.evaluate((k) => localStorage.getItem(k), KEY))!;
	return { text, json: JSON.parse(text) as Json };
}

test('hostile session files are refused on import with a message; the page keeps working and runs nothing', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const problems = watch(page);
	const { text, json } = await validSession(page);
	const input = page.getByLabel('Import a session (JSON)');
	const alert = page.getByRole('alert');
	for (const [name, make] of cases) {
		await input.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(make(json)) });
		await expect(alert, name).toContainText(`${name}.json: This`);
		await expect(alert, name).toContainText(/This (session cannot be read: |is not JSON)/);
		expect(await page.evaluate((k) => localStorage.getItem(k), KEY), name).toBe(text);
	}
	await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2_100_000, 32) });
	await expect(alert).toContainText('huge.json: This file is 2100000 bytes');
	// Still working: the session is the valid one and takes new evidence.
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByRole('heading', { name: /^Question 2 of 2: / })).toBeVisible();
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
	expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted'])).toBeUndefined();
	expect(problems).toEqual([]);
});

test('markup in a note or a name is shown as text, never run', async ({ page }) => {
	const problems = watch(page);
	const { json } = await validSession(page);
	const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
	const file = edit((s) => {
		q(s)['notes'] = [{ text: hostile, minute: 1, stageMinute: 1 }];
		s['candidate'] = hostile;
	})(json);
	await page.evaluate(() => localStorage.clear());
	await page.goto('/kits/session/');
	// The page's script has run (and listens for the file) once it says nothing is saved.
	await expect(page.getByRole('alert')).toContainText('No session is saved in this browser');
	await page
		.getByLabel('Import a session (JSON)')
		.setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(page.getByRole('list', { name: /^Notes on / })).toContainText(hostile);
	await expect(page.getByLabel('Candidate')).toHaveValue(hostile);
	await expect(page.locator('interview-session img, interview-session [data-notes] script')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('a hostile stored session is refused with a message and the page asks before deleting it', async ({ page }) => {
	test.setTimeout(90_000);
	const problems = watch(page);
	const { json } = await validSession(page);
	for (const [name, make] of cases.filter((_, i) => i % 2 === 0)) {
		await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, make(json)]);
		await page.goto('/kits/session/');
		await expect(page.getByRole('alert'), name).toContainText('The session saved in this browser cannot be used.');
		await expect(page.getByRole('heading', { name: 'A session is already saved in this browser' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Continue the saved session' })).toBeHidden();
	}
	// The interviewer decides: delete it and start again from the kit link.
	await page.goto(KIT);
	await page.getByRole('button', { name: 'Delete it and start this kit' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of 2: / })).toBeVisible();
	expect(problems).toEqual([]);
});

test('hostile evidence handed to the calculator is refused with a message; nothing is rated or run', async ({
	page,
}) => {
	const problems = watch(page);
	const good = {
		format: 'python-interview-handbook/session-evidence',
		version: 1,
		scorecard: 'general-python-developer',
		competencies: {},
	};
	const hostile: [string, unknown, string][] = [
		['not JSON', '{', 'is not version 1'],
		['another scorecard', { ...good, scorecard: 'staff-engineer' }, 'for another scorecard'],
		[
			'__proto__ as a competency',
			JSON.stringify(good).replace('"competencies":{}', '"competencies":{"__proto__":{"items":[],"suggestion":null}}'),
			'competencies["__proto__"] is not a competency of this scorecard',
		],
		[
			'markup as an evidence kind',
			{
				...good,
				competencies: { communication: { items: [{ question: 'Q', kind: '<img>', text: 't' }], suggestion: null } },
			},
			'is malformed',
		],
		[
			'a suggestion of 5',
			{ ...good, competencies: { communication: { items: [], suggestion: { rating: 5, reason: 'x' } } } },
			'suggestion is malformed',
		],
	];
	for (const [name, value, says] of hostile) {
		const text = typeof value === 'string' ? value : JSON.stringify(value);
		await page.goto('/calculator/');
		await page.evaluate((t) => localStorage.setItem('handbook:session:evidence', t), text);
		await page.goto('/calculator/?scorecard=general-python-developer&session=1');
		await expect(page.getByRole('alert'), name).toContainText('The interview session’s evidence cannot be used');
		await expect(page.getByRole('alert'), name).toContainText(says);
		await expect(page.getByRole('heading', { name: 'Evidence from the interview session' })).toBeHidden();
		await expect(page.getByRole('radio', { checked: true, name: /^[1-4] · / })).toHaveCount(0);
	}
	expect(problems).toEqual([]);
});
