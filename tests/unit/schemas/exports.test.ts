/** The exports and their published JSON Schemas agree: what questionExport writes validates. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { questionExport, scorecardExport } from '../../../src/lib/exports.ts';
import { exportJsonSchema, questionExportSchema, scorecardExportSchema } from '../../../src/schemas/exports.ts';
import { loadEntries } from '../../support/content.ts';
import { fixtureSite } from '../../support/fixture.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const questions = ajv.compile(exportJsonSchema(questionExportSchema, 'questions') as object);
const scorecards = ajv.compile(exportJsonSchema(scorecardExportSchema, 'scorecards') as object);

describe('the published JSON Schemas', () => {
	const qs = loadEntries('questions', fixtureSite).map((q) =>
		questionExport(q.id, q.data, q.body, `https://example.org/questions/${q.id}/`),
	);
	const cards = loadEntries('scorecards', fixtureSite).map((c) =>
		scorecardExport(c.id, c.data, `https://example.org/scorecards/${c.id}/`),
	);

	it('accept the exports of real entries', () => {
		expect(questions(qs), JSON.stringify(questions.errors)).toBe(true);
		expect(scorecards(cards), JSON.stringify(scorecards.errors)).toBe(true);
	});

	it('refuse an export that lost a v2 field or carries one of the wrong type', () => {
		const [first] = qs;
		const { mustShow: _, ...withoutPoints } = first!;
		expect(questions([withoutPoints])).toBe(false);
		expect(questions([{ ...first, depthNeeded: '1' }])).toBe(false);
		expect(questions([{ ...first, followUps: ['a plain string'] }])).toBe(false);
		expect(questions([{ ...first, sources: [{ title: 'x', url: 'http://insecure.example/' }] }])).toBe(false);
		expect(questions([{ ...first, extra: true }])).toBe(false);
		expect(scorecards([{ ...cards[0], thresholds: { pass: 3 } }])).toBe(false);
	});

	it('match the zod schema the export is typed from, entry by entry', () => {
		for (const q of qs) expect(questionExportSchema.safeParse(q).success, q.id).toBe(true);
	});
});
