/** Builds the valid fixture site once per run; every build test reads the same output. */
import type { TestProject } from 'vitest/node';
import { buildFixture } from '../support/build.ts';
import { fixtureCopy } from '../support/fixture.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		validBuild: { dir: string; status: number | null; output: string };
	}
}

export default async function setup(project: TestProject) {
	const dir = fixtureCopy();
	const { status, output } = await buildFixture(dir);
	project.provide('validBuild', { dir, status, output });
}
