/**
 * The theme switch's script, inline in the head so that a remembered choice applies before the
 * first paint (no flash of the other scheme). Without it the switch still works for the page in
 * view (CSS :has on its radios) and the site follows the system setting. The text lives here
 * because the Content-Security-Policy (astro.config.mjs) allows it by the hash of exactly this text.
 */
export const THEME_SCRIPT = `(() => {
	const root = document.documentElement;
	let theme = null;
	try { theme = localStorage.getItem('theme'); } catch {}
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	document.addEventListener('DOMContentLoaded', () => {
		for (const radio of document.querySelectorAll('input[name="theme"]')) {
			radio.checked = radio.value === (root.dataset.theme ?? 'system');
			radio.addEventListener('change', () => {
				try {
					if (radio.value === 'system') localStorage.removeItem('theme');
					else localStorage.setItem('theme', radio.value);
				} catch {}
				if (radio.value === 'system') delete root.dataset.theme;
				else root.dataset.theme = radio.value;
			});
		}
	});
})();`;
