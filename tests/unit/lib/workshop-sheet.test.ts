import { describe, expect, it } from 'vitest';
import type { WorkshopSample } from '../../../src/lib/calibration-stats.ts';
import {
	cleanName,
	isBlankSheet,
	MAX_NAME,
	MAX_PASTE,
	MAX_RATERS,
	newSheet,
	parsePastedRatings,
	parseStoredSheet,
	raterName,
	serialiseSheet,
	WORKSHOP_STORAGE_KEY,
} from '../../../src/lib/workshop-sheet.ts';

const samples: WorkshopSample[] = [
	{ id: 'a', title: 'A', reference: 3 },
	{ id: 'b', title: 'B', reference: 1 },
	{ id: 'c', title: 'C', reference: 4 },
];

describe('the stored sheet', () => {
	it('reads back what it wrote', () => {
		const raters = [
			{ name: 'Ana', ratings: { a: 4, c: 2 } as const },
			{ name: 'Ben', ratings: {} },
		];
		expect(WORKSHOP_STORAGE_KEY).toBe('handbook:calibration-workshop:v1');
		expect(parseStoredSheet(serialiseSheet(raters), samples)).toEqual({ raters, problems: [] });
		expect(parseStoredSheet(null, samples)).toEqual({ raters: [], problems: [] });
	});
	it('says so when the stored value is not JSON or not a list', () => {
		expect(parseStoredSheet('{not json', samples)).toEqual({
			raters: [],
			problems: ['The sheet saved in this browser is not readable, so a new sheet is started.'],
		});
		for (const raw of ['{}', '"x"', '3', 'null'])
			expect(parseStoredSheet(raw, samples)).toEqual({
				raters: [],
				problems: ['The sheet saved in this browser is not a list of raters, so a new sheet is started.'],
			});
	});
	it('names how many raters and ratings it had to leave out', () => {
		const raw = JSON.stringify([
			{ name: 'Ana', ratings: { a: 4, b: 5, zz: 3, c: '2' } },
			null,
			[1, 2],
			{ name: 3, ratings: {} },
			{ name: 'Ben', ratings: [3] },
			{ name: 'Cy' },
			{ name: 'Di', ratings: null },
		]);
		expect(parseStoredSheet(raw, samples)).toEqual({
			raters: [{ name: 'Ana', ratings: { a: 4 } }],
			problems: [
				'6 saved raters were not in a readable form and left out.',
				'3 saved ratings were not a rating from 1 to 4 of a sample on this page and left out.',
			],
		});
		expect(parseStoredSheet(JSON.stringify([7, { name: 'A', ratings: { x: 1 } }]), samples).problems).toEqual([
			'1 saved rater was not in a readable form and left out.',
			'1 saved rating was not a rating from 1 to 4 of a sample on this page and left out.',
		]);
	});
	it('keeps the first 30 raters, cleans names and ignores prototype keys', () => {
		const thirty = Array.from({ length: 30 }, (_, i) => ({ name: `R${i}`, ratings: {} }));
		expect(parseStoredSheet(JSON.stringify(thirty), samples)).toEqual({ raters: thirty, problems: [] });
		const many = Array.from({ length: 31 }, (_, i) => ({ name: `R${i}`, ratings: {} }));
		const read = parseStoredSheet(JSON.stringify(many), samples);
		expect(read.raters).toHaveLength(MAX_RATERS);
		expect(read.problems).toEqual(['The saved sheet has 31 raters; the first 30 are kept.']);
		const odd = parseStoredSheet('[{"name":"  \\u0000 ","ratings":{"__proto__":3,"constructor":2,"a":1}}]', samples);
		expect(odd.raters).toEqual([{ name: 'Rater 1', ratings: { a: 1 } }]);
		expect(Object.getPrototypeOf(odd.raters[0]!.ratings)).toBe(Object.prototype);
		expect(odd.problems).toEqual([
			'2 saved ratings were not a rating from 1 to 4 of a sample on this page and left out.',
		]);
	});
});

describe('names', () => {
	it('strips control and direction characters, collapses spaces, cuts at 60', () => {
		expect(cleanName('  Ana\u0007 \t Li\u202e ')).toBe('Ana Li');
		expect(cleanName('Ana\u200bLi\u0000Bo')).toBe('Ana Li Bo');
		expect(cleanName('x'.repeat(70))).toHaveLength(MAX_NAME);
		expect(cleanName(`${'x'.repeat(59)} y`)).toBe('x'.repeat(59));
		expect(cleanName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
		expect(raterName(0)).toBe('Rater 1');
	});
});

describe('pasted ratings', () => {
	it('reads "name: ratings" lines and spreadsheet rows, in the sheet’s order', () => {
		expect(parsePastedRatings('Ana: 3, 2, 4\n\nBen: 1 - 4\r\nCy\t2\t\t3', samples)).toEqual({
			raters: [
				{ name: 'Ana', ratings: { a: 3, b: 2, c: 4 } },
				{ name: 'Ben', ratings: { a: 1, c: 4 } },
				{ name: 'Cy', ratings: { a: 2, c: 3 } },
			],
			problems: [],
		});
		expect(parsePastedRatings(' Cy \t 2 \t - \t3 ', samples).raters).toEqual([{ name: 'Cy', ratings: { a: 2, c: 3 } }]);
		expect(parsePastedRatings('\t2\t2\t2', samples).problems).toEqual([
			'Line 1: the name before the ratings is empty.',
		]);
		expect(parsePastedRatings('Bo: 1,,2 ;3', samples).raters).toEqual([{ name: 'Bo', ratings: { a: 1, b: 2, c: 3 } }]);
		expect(parsePastedRatings(`Ed: 1 2 ${'9'.repeat(30)}`, samples).problems).toEqual([
			`Line 1 (Ed): "${'9'.repeat(20)}" is not a rating; expected 1, 2, 3, 4 or -.`,
		]);
		expect(parsePastedRatings('Dr. A: Li: 1;2;3', samples).raters).toEqual([
			{ name: 'Dr. A: Li', ratings: { a: 1, b: 2, c: 3 } },
		]);
	});
	it('refuses a bad line whole, naming the line, and keeps the good ones', () => {
		const text = [
			'Ana 3 2 4',
			': 3 2 4',
			'Ben: 3, 2',
			'Cy: 3, 2, 5',
			'Di: 3, 0x3, 4',
			'Ed: 3.0 2 1',
			'Fay: 4 4 4',
		].join('\n');
		expect(parsePastedRatings(text, samples)).toEqual({
			raters: [{ name: 'Fay', ratings: { a: 4, b: 4, c: 4 } }],
			problems: [
				'Line 1: expected a name, a colon, then the ratings, as in "Ana: 3, 2, -, 4".',
				'Line 2: the name before the ratings is empty.',
				"Line 3 (Ben): 2 ratings for 3 samples; give one per sample in the sheet's order, - for not rated.",
				'Line 4 (Cy): "5" is not a rating; expected 1, 2, 3, 4 or -.',
				'Line 5 (Di): "0x3" is not a rating; expected 1, 2, 3, 4 or -.',
				'Line 6 (Ed): "3.0" is not a rating; expected 1, 2, 3, 4 or -.',
			],
		});
		expect(parsePastedRatings('A: 1', [samples[0]!]).problems).toEqual([]);
		expect(parsePastedRatings('A: 1', samples).problems[0]).toContain('1 rating for 3 samples');
	});
	it('refuses empty or oversized text and stops at the room left in the sheet', () => {
		expect(parsePastedRatings(' \n ', samples)).toEqual({
			raters: [],
			problems: ['Nothing was pasted: paste one rater per line.'],
		});
		expect(parsePastedRatings('x'.repeat(MAX_PASTE + 1), samples)).toEqual({
			raters: [],
			problems: [`The pasted text is ${MAX_PASTE + 1} characters; at most ${MAX_PASTE} are read.`],
		});
		expect(parsePastedRatings('A: 1 1 1\nB: 9 9 9', samples).problems).toHaveLength(1);
		expect(parsePastedRatings('B: 9 9 9', samples).problems).toEqual([
			'Line 1 (B): "9" is not a rating; expected 1, 2, 3, 4 or -.',
		]);
		expect(parsePastedRatings('x'.repeat(MAX_PASTE + 1), samples).problems).toEqual([
			`The pasted text is ${MAX_PASTE + 1} characters; at most ${MAX_PASTE} are read.`,
		]);
		expect(parsePastedRatings('x'.repeat(MAX_PASTE), samples).problems[0]).toMatch(/^Line 1: expected a name/);
		const read = parsePastedRatings('A: 1 1 1\nB: 2 2 2', samples, 1);
		expect(read.raters.map((r) => r.name)).toEqual(['A']);
		expect(read.problems).toEqual(['Line 2 (B): the sheet is full (it holds at most 30 raters).']);
		expect(parsePastedRatings('A: 1 1 1', samples, 0).raters).toEqual([]);
		expect(parsePastedRatings('"x"</td><script>alert(1)</script>: 1 1 1', samples).raters[0]!.name).toBe(
			'"x"</td><script>alert(1)</script>',
		);
	});
});

describe('a new sheet', () => {
	it('has two unnamed raters and counts as blank until someone is named or rates', () => {
		expect(newSheet()).toEqual([
			{ name: 'Rater 1', ratings: {} },
			{ name: 'Rater 2', ratings: {} },
		]);
		expect(isBlankSheet(newSheet())).toBe(true);
		expect(isBlankSheet([])).toBe(true);
		expect(isBlankSheet([{ name: 'Ana', ratings: {} }])).toBe(false);
		expect(isBlankSheet([{ name: 'Rater 1', ratings: { a: 3 } }])).toBe(false);
		expect(isBlankSheet([{ name: 'Rater 2', ratings: {} }])).toBe(false);
	});
});
