/**
 * A question page must not carry the bank: built with 100 and with 1,000 questions, the same
 * page differs in size by less than 5%. (Lists may grow; entry pages may not.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeProject, syntheticProject } from '../../bench/synthetic-site.ts';

function buildWith(count: number): { dir: string; size: (page: string) => number } {
	const dir = syntheticProject(count);
	const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (r.status !== 0) throw new Error(`build of ${count} questions failed:\n${r.stderr.slice(-2000)}`);
	return { dir, size: (page) => readFileSync(join(dir, 'dist', page, 'index.html')).length };
}

describe('page size does not grow with the bank', () => {
	it('question, guide and scorecard pages stay within 5% between 100 and 1,000 questions', () => {
		const small = buildWith(100);
		const large = buildWith(1000);
		try {
			for (const page of ['questions/lru-cache', 'guides/role-scorecard', 'scorecards/general-python-developer']) {
				const a = small.size(page);
				const b = large.size(page);
				console.log(`/${page}/: ${a} bytes with 100 questions, ${b} with 1,000`);
				expect(Math.abs(b - a) / a, page).toBeLessThan(0.05);
			}
			// The list is allowed to grow, and must: otherwise this test proves nothing.
			expect(large.size('questions')).toBeGreaterThan(small.size('questions') * 3);
		} finally {
			removeProject(small.dir);
			removeProject(large.dir);
		}
	});
});
