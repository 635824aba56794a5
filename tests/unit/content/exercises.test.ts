/** For every exercise with a defect: the test fails on the flawed module and passes on the fix. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/lib/content/source.ts';
import { projectRoot } from '../../support/fixture.ts';
import { runUnittest } from '../../support/python.ts';
import { python } from '../../support/python-required.ts';

const roots = [projectRoot, join(projectRoot, 'tests/fixtures/site')];
const exercises = roots.flatMap((root) => {
	const dir = join(root, 'content/exercises');
	return readdirSync(dir)
		.filter((n) => n.endsWith('.mdx'))
		.map((n) => {
			const data = parseSource(readFileSync(join(dir, n), 'utf8'), 'mdx').data as {
				verify?: { test: string; flawed: string; fixed: string };
			};
			return { id: n.slice(0, -4), folder: join(dir, n.slice(0, -4)), verify: data?.verify };
		})
		.filter((e) => e.verify !== undefined);
});

describe.skipIf(!python)('exercise fixes', () => {
	it('there is at least one exercise to verify', () => {
		expect(exercises.length).toBeGreaterThan(0);
	});
	for (const e of exercises) {
		const v = e.verify!;
		it(`${e.id}: ${v.test} fails on the flawed version`, () => {
			const r = runUnittest(e.folder, v.test, join(e.folder, v.flawed));
			expect(r.status, `${r.stdout}${r.stderr}`).not.toBe(0);
			expect(`${r.stderr}`).toMatch(/FAILED|Error/);
		});
		it(`${e.id}: ${v.test} passes on the reference fix`, () => {
			const r = runUnittest(e.folder, v.test, join(e.folder, v.fixed));
			expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
		});
	}
});
