/** Skips Python-backed tests loudly when python3 is missing locally; fails them under CI. */
import { pythonVersion } from './python.ts';

export const python = pythonVersion();
if (!python) {
	const message = 'python3 was not found: runnable code blocks and exercise checks cannot run.';
	if (process.env['CI']) throw new Error(`${message} CI must run them; install python3.`);
	console.warn(`\n*** SKIPPING: ${message} Install python3 (3.11 or later) to run them. ***\n`);
}
