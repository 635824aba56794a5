/**
 * Printing reading pages: margins on every sheet, no site chrome, and the scorecard's coverage
 * matrix whole on A4 portrait. Layout is checked in print emulation, and the PDF itself is read.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Printed {
	pages: number;
	/** Page size in PDF points. */
	width: number;
	items: { page: number; text: string; left: number; right: number }[];
}

async function printA4(page: Page): Promise<Printed> {
	const pdf = await page.pdf({ format: 'A4' });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	const items: Printed['items'] = [];
	let width = 0;
	for (let i = 1; i <= doc.numPages; i++) {
		const p = await doc.getPage(i);
		width = p.getViewport({ scale: 1 }).width;
		for (const item of (await p.getTextContent()).items)
			if ('str' in item && item.str.trim() !== '')
				items.push({ page: i, text: item.str, left: item.transform[4], right: item.transform[4] + item.width });
	}
	return { pages: doc.numPages, width, items };
}

const MM = 72 / 25.4;

test('every printed sheet has margins, and no site navigation, search, footer or skip link', async ({ page }) => {
	await page.goto('/questions/lru-cache/');
	await page.emulateMedia({ media: 'print' });
	for (const nav of await page.getByRole('navigation').all()) await expect(nav).toBeHidden();
	await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
	const printed = await printA4(page);
	const text = printed.items.map((i) => i.text).join(' ');
	for (const chrome of ['Skip to content', 'Press / to search', 'Code under the MIT licence', 'Calculator'])
		expect(text).not.toContain(chrome);
	expect(text).toContain('An LRU cache with a size limit');
	// At least 12 mm of paper on either side of every line, on every sheet.
	for (const item of printed.items) {
		expect(item.left, item.text).toBeGreaterThanOrEqual(12 * MM);
		expect(item.right, item.text).toBeLessThanOrEqual(printed.width - 12 * MM);
	}
});

test.describe('the coverage matrix prints whole on A4 portrait', () => {
	test('on every scorecard, at the width of an A4 sheet inside its margins', async ({ page, request }) => {
		const cards = (await (await request.get('/api/scorecards.json')).json()) as { id: string }[];
		// 180 mm, a little narrower than A4 (210 mm) less the print margins.
		await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
		await page.emulateMedia({ media: 'print' });
		for (const { id } of cards) {
			await page.goto(`/scorecards/${id}/`);
			const matrix = page.getByRole('table', { name: 'Which stages gather evidence on which competency' });
			const fit = await matrix.evaluate((t) => ({ table: t.scrollWidth, room: t.parentElement!.clientWidth }));
			expect(fit.table, id).toBeLessThanOrEqual(fit.room);
		}
	});

	test('the widest card prints to a PDF with every column of the matrix on the sheet', async ({ page, request }) => {
		const cards = (await (await request.get('/api/scorecards.json')).json()) as {
			id: string;
			stages: { name: string }[];
		}[];
		// The widest card: the matrix that needs the most room, measured at its narrowest on screen.
		await page.setViewportSize({ width: 320, height: 800 });
		const widths: [number, string][] = [];
		for (const { id } of cards) {
			await page.goto(`/scorecards/${id}/`);
			widths.push([await page.locator('table.matrix').evaluate((t) => t.scrollWidth), id]);
		}
		const [, widest] = widths.sort((a, b) => b[0] - a[0])[0]!;
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`/scorecards/${widest}/`);
		await page.emulateMedia({ media: 'print' });
		const printed = await printA4(page);
		expect(printed.pages).toBeLessThanOrEqual(8);
		const text = printed.items.map((i) => i.text).join(' ');
		// Every column head whole: a word split inside would read "Ratin g stage s". Lines may
		// break between words and after a hyphen ("60-" / "minute").
		const flat = (t: string) => t.replace(/-\s+/g, '-').replace(/\s+/g, ' ');
		const matrix = flat(text.slice(text.indexOf('Competency (weight)'), text.lastIndexOf('Red flags')));
		const stages = cards.find((c) => c.id === widest)!.stages.map((s) => s.name);
		for (const name of [...stages, 'Rating stages']) expect(matrix).toContain(flat(name));
		for (const item of printed.items) expect(item.right, item.text).toBeLessThanOrEqual(printed.width - 10 * MM);
	});
});
