/**
 * The only inline script on reading pages: it waits for the reader to focus the search field or
 * press "/", then imports the search code. The text lives here, in one place, because the
 * Content-Security-Policy (astro.config.mjs) allows it by the hash of exactly this text.
 */
import { createHash } from 'node:crypto';

export const SEARCH_BOOTSTRAP = `(() => {
	const form = document.querySelector('[data-site-search]');
	if (!form) return;
	const input = form.querySelector('input');
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		import(form.dataset.module).then((m) => m.mount(form)).catch(() => { started = false; });
	};
	input.addEventListener('focus', start);
	document.addEventListener('keydown', (e) => {
		if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
		const t = e.target;
		if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
		e.preventDefault();
		input.focus();
	});
})();`;

export function scriptHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
