// Where the system Chromium lives; CHROMIUM_PATH overrides. Shared by Playwright and the runner.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFound = existsSync(chromiumPath);
// No downloads or phoning home: this machine (and CI) has no network beyond the registries.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];
