import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { covers } from '../../src/lib/kit.ts';
import { loadEntries } from '../support/content.ts';

const CARD = 'general-python-developer';
const questions = new Map(loadEntries('questions').map((q) => [q.id, q.data]));
const includes = Object.fromEntries(loadEntries('competencies').map((c) => [c.id, c.data.includes]));
const competencyTitle = new Map(loadEntries('competencies').map((c) => [c.id, c.data.title]));
const card = loadEntries('scorecards').find((c) => c.id === CARD)!.data;

const plain = (text: string) => text.replace(/`/g, '');
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The session's question heading: "Question 2 of 4: Title". */
const questionHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+: / });
const pointBoxes = (page: Page, group: RegExp) =>
	page.getByRole('group', { name: group }).getByRole('checkbox', { name: /^(?!Hint given)/ });

test('a whole interview: kit → session → reload mid-way → finish → calculator with evidence and suggestions → Markdown', async ({
	page,
}) => {
	await page.goto(`/kits/?scorecard=${CARD}&stage=1&minutes=60`);
	await expect(page.locator('.kit-question').first()).toBeVisible();
	await page.getByRole('link', { name: 'Start interview' }).click();
	await expect(page).toHaveURL(/\/kits\/session\/\?scorecard=general-python-developer&stage=1&minutes=60&q=/);
	await expect(questionHeading(page)).toBeVisible();
	const count = Number(/of (\d+):/.exec((await questionHeading(page).textContent())!)![1]);
	expect(count).toBeGreaterThan(1);
	await page.getByRole('button', { name: 'Start the clock' }).click();
	await expect(page.getByRole('timer').first()).toContainText(/^Stage \d+:\d\d of 60:00/);

	const seen: { id: string; title: string; ticked: string; flag: string; flagKind: string; note: string }[] = [];
	for (let i = 0; i < count; i++) {
		const title = (await questionHeading(page).textContent())!.replace(/^Question \d+ of \d+: /, '');
		const [id, q] = [...questions].find(([, data]) => data.title === title)!;
		await expect(page.getByRole('timer').nth(1)).toContainText(`of ${q.minutes}:00`);
		// Tick the first must-show point and mark the second as hinted (it then does not count).
		await pointBoxes(page, /^Must-show points/)
			.first()
			.check();
		await page.getByRole('checkbox', { name: `Hint given: ${plain(q.mustShow[1]!)}` }).check();
		const flags = page.getByRole('group', { name: q.greenFlags.length > 0 ? 'Green flags seen' : 'Red flags seen' });
		await flags.getByRole('checkbox').first().check();
		const note = `Note on question ${i + 1}: explained it step by step`;
		await page.getByLabel(`Note on ${title} (stamped with the minute)`).fill(note);
		await page.getByRole('button', { name: 'Add note' }).click();
		await expect(page.getByRole('list', { name: `Notes on ${title}` })).toContainText(note);
		const green = q.greenFlags.length > 0;
		seen.push({
			id,
			title,
			ticked: q.mustShow[0]!,
			flag: (green ? q.greenFlags[0] : q.redFlags[0])!,
			flagKind: green ? 'green flag' : 'red flag',
			note,
		});

		if (i === 0) {
			// Mid-way: a reload (or a closed tab) loses nothing.
			await page.reload();
			await expect(questionHeading(page)).toHaveText(`Question 1 of ${count}: ${title}`);
			await expect(pointBoxes(page, /^Must-show points/).first()).toBeChecked();
			await expect(page.getByRole('checkbox', { name: `Hint given: ${plain(q.mustShow[1]!)}` })).toBeChecked();
			await expect(flags.getByRole('checkbox').first()).toBeChecked();
			await expect(page.getByRole('list', { name: `Notes on ${title}` })).toContainText(note);
			await expect(page.getByRole('button', { name: 'Pause the clock' })).toBeVisible();
		}
		if (i < count - 1) await page.getByRole('button', { name: 'Next question' }).click();
	}

	await page.getByRole('button', { name: 'Finish and rate' }).click();
	await expect(page).toHaveURL(new RegExp(`/calculator/\\?scorecard=${CARD}`));
	for (const w of card.weights) {
		const group = page.getByRole('group', {
			name: new RegExp(`^${esc(competencyTitle.get(w.competency)!)} \\(weight`),
		});
		const covering = seen.filter((s) => covers(questions.get(s.id)!, w.competency, includes));
		const evidence = group.getByRole('list', { name: /^Evidence from the interview session/ });
		if (covering.length === 0) {
			await expect(group).toContainText('No question asked in the session covers this competency');
			continue;
		}
		for (const s of covering) {
			await expect(evidence).toContainText(`[${s.title}] must-show: ${s.ticked}`);
			await expect(evidence).toContainText(new RegExp(`\\[${esc(s.title)}, min \\d+\\] note: ${esc(s.note)}`));
			await expect(evidence).toContainText(`[${s.title}] ${s.flagKind}: ${s.flag}`);
		}
		// Suggested, never set: one must-show point per question counts, so "some" → 2.
		await expect(group.getByText(/^Suggested rating \(a suggestion; you set the rating\): 2/)).toBeVisible();
		for (const radio of await group.getByRole('radio').all()) {
			const label = await radio.getAttribute('value');
			if (label !== '') await expect(radio).not.toBeChecked();
		}
	}
	await expect(page.getByRole('link', { name: 'the debrief guide' }).first()).toBeVisible();

	// Rate one competency differently from its suggestion; the export says so and carries the evidence.
	const first = card.weights.find((w) => seen.some((s) => covers(questions.get(s.id)!, w.competency, includes)))!;
	const firstTitle = competencyTitle.get(first.competency)!;
	await page
		.getByRole('group', { name: new RegExp(`^${esc(firstTitle)} \\(weight`) })
		.getByRole('radio', { name: /^3 · / })
		.check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download Markdown' }).click(),
	]);
	const md = readFileSync((await download.path())!, 'utf8');
	expect(md).toContain('## Evidence from the interview session');
	for (const s of seen) expect(md).toMatch(new RegExp(`\\[${esc(s.title)}, min \\d+\\] note: ${esc(s.note)}`));
	expect(md).toContain(`${firstTitle}: rated 3, suggested 2 (differs from the suggestion)`);
});

test('the kit links onward to its session and calculator', async ({ page }) => {
	await page.goto(`/kits/?scorecard=${CARD}&stage=1&minutes=60`);
	await expect(page.locator('.kit-question').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start interview' })).toHaveAttribute(
		'href',
		/\/kits\/session\/\?scorecard=general-python-developer&stage=1&minutes=60&q=[a-z0-9-]+/,
	);
	await expect(page.getByRole('link', { name: 'calculator on this kit’s scorecard' })).toHaveAttribute(
		'href',
		`/calculator/?scorecard=${CARD}`,
	);
});

test('keyboard: next and previous question, tick and hint the focused point; typing a note steals no keys', async ({
	page,
}) => {
	await page.goto(`/kits/session/?scorecard=${CARD}&stage=1&minutes=60&q=lru-cache,flaky-test-diagnosis`);
	await expect(questionHeading(page)).toHaveText(/^Question 1 of 2: /);
	await page.keyboard.press('n');
	await expect(questionHeading(page)).toHaveText(/^Question 2 of 2: /);
	await page.keyboard.press('p');
	await expect(questionHeading(page)).toHaveText(/^Question 1 of 2: /);
	await page.keyboard.press('j');
	const first = pointBoxes(page, /^Must-show points/).first();
	await expect(first).toBeFocused();
	await page.keyboard.press('x');
	await expect(first).toBeChecked();
	await page.keyboard.press('h');
	const lru = questions.get('lru-cache')!;
	await expect(page.getByRole('checkbox', { name: `Hint given: ${plain(lru.mustShow[0]!)}` })).toBeChecked();
	await page.keyboard.press('w');
	const area = page.getByLabel(/^Note on /);
	await expect(area).toBeFocused();
	await page.keyboard.type('n p j x');
	await expect(area).toHaveValue('n p j x');
	await expect(questionHeading(page)).toHaveText(/^Question 1 of 2: /);
	await page.keyboard.press('Control+Enter');
	await expect(page.getByRole('list', { name: /^Notes on / })).toContainText('n p j x');
	await expect(page.getByRole('term').filter({ hasText: 'N' }).first()).toBeVisible();
	await expect(page.getByText('Next question', { exact: true }).first()).toBeVisible();
});

test('a phone in the room: 44 px touch targets and no sideways scrolling at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/kits/session/?scorecard=${CARD}&stage=1&minutes=60&q=lru-cache,flaky-test-diagnosis`);
	await expect(questionHeading(page)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const small = await page.locator('interview-session').evaluate((root) =>
		[...root.querySelectorAll<HTMLElement>('button, label:has(input[type="checkbox"]), .file-button')]
			.filter((e) => e.offsetParent !== null)
			.map((e) => ({ text: e.textContent?.slice(0, 40), box: e.getBoundingClientRect() }))
			.filter(({ box }) => box.height < 44 || box.width < 44),
	);
	expect(small).toEqual([]);
});

test('names, delete and a saved session for another kit', async ({ page }) => {
	await page.goto(`/kits/session/?scorecard=${CARD}&stage=1&minutes=60&q=lru-cache`);
	await expect(questionHeading(page)).toBeVisible();
	await expect(page.getByLabel('Candidate')).toHaveValue('');
	const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('handbook:session:current')!));
	expect(await stored()).toMatchObject({ candidate: '', interviewer: '' });
	await page.getByLabel('Candidate').fill('Candidate 42');
	await expect.poll(async () => (await stored()).candidate).toBe('Candidate 42');
	// Another kit's link never replaces the saved session without asking.
	await page.goto(`/kits/session/?scorecard=${CARD}&stage=1&minutes=60&q=flaky-test-diagnosis`);
	await expect(page.getByRole('heading', { name: 'A session is already saved in this browser' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue the saved session' }).click();
	await expect(questionHeading(page)).toHaveText(`Question 1 of 1: ${questions.get('lru-cache')!.title}`);
	await expect(page.getByLabel('Candidate')).toHaveValue('Candidate 42');
	await expect(page).toHaveURL(/q=lru-cache$/);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the session (JSON)' }).click(),
	]);
	const file = readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(file)).toMatchObject({ format: 'python-interview-handbook/session', version: 1 });
	await page.getByRole('button', { name: 'Delete this session' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Deleted:' })).toContainText('removed from this browser');
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbook:session:')))).toEqual(
		[],
	);
	await expect(page.getByRole('button', { name: 'Delete this session' })).toBeHidden();
	// The exported file brings the session back, in this browser or another.
	await page.goto('/kits/session/');
	await expect(page.getByRole('alert')).toContainText('No session is saved in this browser.');
	await page
		.getByLabel('Import a session (JSON)')
		.setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(questionHeading(page)).toHaveText(`Question 1 of 1: ${questions.get('lru-cache')!.title}`);
	await expect(page.getByLabel('Candidate')).toHaveValue('Candidate 42');
	// Importing over a session in progress asks first.
	await page
		.getByLabel('Import a session (JSON)')
		.setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(page.getByRole('button', { name: 'Replace it with the imported session' })).toBeVisible();
	await page.getByRole('button', { name: 'Keep the session in this browser' }).click();
	await expect(questionHeading(page)).toBeVisible();
});

test.describe('the tools lead into each other', () => {
	test('a scorecard page links its calculator and each rating stage’s kit and session', async ({ page }) => {
		await page.goto(`/scorecards/${CARD}/`);
		await expect(
			page.getByRole('link', { name: 'Rate a candidate on this scorecard in the calculator' }),
		).toHaveAttribute('href', `/calculator/?scorecard=${CARD}`);
		for (const [index, stage] of card.stages.entries()) {
			const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: stage.name }) });
			const session = item.getByRole('link', { name: 'Start an interview session with its proposed kit' });
			if (!stage.rates) {
				await expect(session).toHaveCount(0);
				continue;
			}
			await expect(item.getByRole('link', { name: 'Build a kit for this stage' })).toHaveAttribute(
				'href',
				`/kits/?scorecard=${CARD}&stage=${index}&minutes=${stage.minutes}`,
			);
			await expect(session).toHaveAttribute(
				'href',
				new RegExp(`^/kits/session/\\?scorecard=${CARD}&stage=${index}&minutes=${stage.minutes}&q=[a-z0-9,~-]+$`),
			);
		}
		// The session link opens the same kit the builder proposes for the stage.
		const stage = card.stages.findIndex((s) => s.rates);
		await page.goto(`/kits/?scorecard=${CARD}&stage=${stage}`);
		await expect(page.locator('.kit-question').first()).toBeVisible();
		const fromBuilder = new URL(
			(await page.getByRole('link', { name: 'Start interview' }).getAttribute('href'))!,
			page.url(),
		);
		await page.goto(`/scorecards/${CARD}/`);
		const fromCard = await page
			.getByRole('link', { name: 'Start an interview session with its proposed kit' })
			.first()
			.getAttribute('href');
		expect(fromCard).toBe(`${fromBuilder.pathname}${fromBuilder.search}`);
	});

	test('a question page lists the scorecards and stages that suggest it and offers to add it to a kit', async ({
		page,
	}) => {
		const suggesting = loadEntries('scorecards').flatMap((c) =>
			c.data.stages.filter((s) => s.questions.includes('lru-cache')).map((s) => ({ card: c, stage: s })),
		);
		expect(suggesting.length).toBeGreaterThan(0);
		await page.goto('/questions/lru-cache/');
		const section = page.getByRole('region', { name: 'In interview loops' });
		for (const { card: c, stage } of suggesting) {
			const item = section.getByRole('listitem').filter({ hasText: `${c.data.title}, ${stage.name}:` });
			await expect(item.getByRole('link', { name: c.data.title })).toHaveAttribute('href', `/scorecards/${c.id}/`);
			await expect(item.getByRole('link', { name: 'add to a kit for this stage' })).toHaveAttribute(
				'href',
				new RegExp(`^/kits/\\?scorecard=${c.id}&stage=\\d+&minutes=\\d+&q=([a-z0-9~-]+,)*lru-cache(,|$)`),
			);
		}
		await section.getByRole('link', { name: 'Add this question to a kit' }).click();
		await expect(page.locator('.kit-question h3').first()).toContainText(questions.get('lru-cache')!.title);
	});

	test('the home page’s prepare path goes through kits, the session, the calculator and the panel', async ({
		page,
	}) => {
		await page.goto('/');
		const prepare = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: 'Prepare for an interview' }) });
		const path: [string, string][] = [
			['Choose a scorecard', '/scorecards/'],
			['Build an interview kit', '/kits/'],
			['Run the interview session', '/kits/session/'],
			['Rate in the calculator', '/calculator/'],
			['Debrief as a panel', '/calculator/panel/'],
		];
		for (const [name, href] of path) await expect(prepare.getByRole('link', { name })).toHaveAttribute('href', href);
	});
});

test('ratings saved earlier for the scorecard are never silently kept or dropped: the calculator offers to clear them', async ({
	page,
}) => {
	await page.goto(`/calculator/?scorecard=${CARD}`);
	const first = page.getByRole('group', { name: /^Technical knowledge \(weight/ });
	await first.getByRole('radio', { name: /^4 · / }).check();
	await page.goto(`/kits/session/?scorecard=${CARD}&stage=1&minutes=60&q=lru-cache`);
	await pointBoxes(page, /^Must-show points/)
		.first()
		.check();
	await page.getByRole('button', { name: 'Finish and rate' }).click();
	await expect(page.getByText('Ratings or notes saved earlier for this scorecard are in the form below')).toBeVisible();
	await expect(first.getByRole('radio', { name: /^4 · / })).toBeChecked();
	await page.getByRole('button', { name: 'Clear them and rate this session from scratch' }).click();
	await expect(first.getByRole('radio', { name: 'Not assessed' })).toBeChecked();
	await expect(first.getByText(/^Suggested rating \(a suggestion; you set the rating\): 2/)).toBeVisible();
	await page.reload();
	await expect(first.getByRole('radio', { name: 'Not assessed' })).toBeChecked();
	await expect(page.getByText('Ratings or notes saved earlier for this scorecard are in the form below')).toBeHidden();
});
