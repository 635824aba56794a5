import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/read-content.ts';
import { scaffold, slugify, type ScaffoldArgs } from '../../../src/lib/scaffold.ts';
import { fixtureCopy } from '../../support/fixture.ts';
import { scaffoldContext } from '../../support/content.ts';

const context = (dir: string) => scaffoldContext(dir);

/** Does what a contributor does: replaces every marker with their own (distinct) words. */
function fillIn(text: string): string {
	let n = 0;
	return text
		.replace(/"FILL IN: [^"]*"/g, () => `"Contributor text number ${++n}"`)
		.replace(/^FILL IN: .*$/gm, 'The contributor wrote the body here.');
}

const cases: ScaffoldArgs[] = [
	{ type: 'question', title: 'Why is my test flaky?', competency: 'testing', level: 'senior', format: 'debugging' },
	{ type: 'scorecard', title: 'QA engineer (mid)', competencies: 'testing,debugging' },
	{ type: 'guide', title: 'Onboarding interviewers' },
	{ type: 'calibration', title: 'Sum of squares: a one-liner', question: 'sum-of-squares', level: 'junior' },
];

describe('npm run new', () => {
	for (const args of cases) {
		it(`a new ${args.type} is rejected with its markers, and passes the content check once they are filled`, () => {
			const dir = fixtureCopy();
			const result = scaffold(args, context(dir));
			if (!result.ok) throw new Error(result.error);
			writeFileSync(join(dir, result.path), result.text);
			const unfilled = checkContent(dir, new Date('2026-11-22')).problems.filter((p) => p.file === result.path);
			expect(unfilled.length).toBeGreaterThan(0);
			expect(unfilled.every((p) => p.expected.includes('template placeholder'))).toBe(true);
			writeFileSync(join(dir, result.path), fillIn(result.text));
			expect(checkContent(dir, new Date('2026-11-22')).problems).toEqual([]);
		});
	}

	it('names the file after the title', () => {
		expect(slugify('Why is my test flaky?')).toBe('why-is-my-test-flaky');
		expect(slugify('Ça va: café & crème')).toBe('ca-va-cafe-creme');
	});

	it('refuses bad arguments with a message that lists the valid choices', () => {
		const ctx = context(fixtureCopy());
		const error = (args: ScaffoldArgs) => {
			const r = scaffold(args, ctx);
			return r.ok ? '' : r.error;
		};
		expect(error({ type: 'quiz', title: 'x' })).toBe(
			'Unknown type "quiz". Choose one of: question, scorecard, guide, calibration.',
		);
		expect(error({ type: 'question', title: 'x', competency: 'tesing' })).toBe(
			'Unknown competency "tesing". Choose one of: debugging, testing.',
		);
		expect(error({ type: 'question', title: 'x' })).toContain('--competency <id>');
		expect(error({ type: 'question', title: 'x', competency: 'testing', level: 'lead' })).toBe(
			'Unknown level "lead". Choose one of: junior, mid, senior, staff.',
		);
		expect(error({ type: 'question', title: 'x', competency: 'testing', format: 'quiz' })).toContain(
			'Unknown format "quiz". Choose one of: conceptual, coding',
		);
		expect(error({ type: 'question', title: 'Sum of squares', competency: 'testing' })).toBe(
			'A question with the id "sum-of-squares" already exists; choose another title or pass --id.',
		);
		expect(error({ type: 'scorecard', title: 'x', competencies: 'testing,security' })).toBe(
			'Unknown competency security. Choose from: debugging, testing.',
		);
		expect(error({ type: 'calibration', title: 'x', question: 'nope' })).toContain('Unknown question "nope"');
		expect(error({ type: 'guide' })).toBe('A guide needs a title: --title "…"');
	});
});
