/**
 * Step 1: validates all content before Astro loads it. Astro's own schema errors name the entry
 * but not always the line, the value or what was expected; this pass reports every problem at
 * once with all four, and fails the build instead of carrying on.
 */
import type { AstroIntegrationLogger } from 'astro';
import { formatProblems } from '../lib/content/problem.ts';
import { checkContent } from '../lib/content/read-content.ts';

export function checkContentOrFail(root: string, command: string, logger: AstroIntegrationLogger): void {
	const { problems } = checkContent(root);
	if (problems.length === 0) return;
	const message = formatProblems(problems);
	// In dev a typo should not kill the server mid-edit; everywhere else it must stop the build.
	if (command === 'dev') logger.error(message);
	else throw new Error(message);
}
