/** The session's keyboard: the shortcuts in shortcuts.ts, never while the interviewer types. */
import { shortcutFor } from './shortcuts.ts';
import type { InterviewSession } from './interview-session.ts';

export function wireKeys(host: InterviewSession): void {
	document.addEventListener('keydown', (e) => {
		const area = host.querySelector<HTMLTextAreaElement>('[data-note]');
		if (e.target === area && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
			e.preventDefault();
			return host.addNote();
		}
		if (!host.state || host.querySelector<HTMLElement>('[data-main]')!.hidden) return;
		const action = shortcutFor(e);
		if (!action) return;
		const ticks = [...host.querySelectorAll<HTMLInputElement>('[data-question] [data-tick]')];
		const active = document.activeElement as HTMLElement | null;
		const at = ticks.findIndex((t) => t === active);
		const focused = at >= 0 ? ticks[at]! : null;
		e.preventDefault();
		switch (action) {
			case 'next':
				return host.go(1);
			case 'prev':
				return host.go(-1);
			case 'down':
				return ticks[Math.min(at + 1, ticks.length - 1)]?.focus();
			case 'up':
				return ticks[Math.max(at - 1, 0)]?.focus();
			case 'tick':
				return focused?.click();
			case 'hint': {
				const hint = focused?.closest('li')?.querySelector<HTMLInputElement>('[data-field="hinted"]');
				return hint?.click();
			}
			case 'clock':
				return host.querySelector<HTMLButtonElement>('[data-clock]')!.click();
			case 'note':
				return area?.focus();
		}
	});
}
