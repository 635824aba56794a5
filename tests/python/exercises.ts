/** Each exercise's own tests: they fail on the flawed or starter code and pass on the reference. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../src/lib/content/source.ts';

export interface ExerciseCheck {
	label: string;
	cwd: string;
	test: string;
	moduleDir: string;
	expect: 'pass' | 'fail';
}

export function exerciseChecks(root: string): ExerciseCheck[] {
	const roots = [root, join(root, 'tests/fixtures/site')];
	return roots.flatMap((base) => {
		const dir = join(base, 'content/exercises');
		return readdirSync(dir)
			.filter((n) => n.endsWith('.mdx'))
			.flatMap((n) => {
				const id = n.slice(0, -4);
				const data = parseSource(readFileSync(join(dir, n), 'utf8'), 'mdx').data as {
					verify?: { test: string; flawed: string; fixed: string };
				};
				const v = data?.verify;
				if (!v) return [];
				const folder = join(dir, id);
				return [
					{
						label: `${id}: ${v.test} fails on ${v.flawed}`,
						cwd: folder,
						test: v.test,
						moduleDir: join(folder, v.flawed),
						expect: 'fail' as const,
					},
					{
						label: `${id}: ${v.test} passes on ${v.fixed}`,
						cwd: folder,
						test: v.test,
						moduleDir: join(folder, v.fixed),
						expect: 'pass' as const,
					},
				];
			});
	});
}
