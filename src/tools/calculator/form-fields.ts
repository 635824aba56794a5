/** The calculator's typed fields and rating radios: each change goes through src/lib and is saved. */
import { overrideClearedNotice, setRating } from '../../lib/calculator-state.ts';
import { isRating } from '../../lib/rating-scale.ts';
import { withKey } from '../../lib/records.ts';
import type { CalculatorHost } from './host.ts';

export function wireFields(host: CalculatorHost, form: HTMLFormElement): void {
	form.addEventListener('change', (e) => {
		const t = e.target as HTMLInputElement;
		if (t.type !== 'radio' || !t.name.startsWith('rating-')) return;
		const value = Number(t.value);
		const next = setRating(
			host.state(),
			t.name.slice('rating-'.length),
			t.value !== '' && isRating(value) ? value : null,
		);
		host.update(() => next.state, next.cleared ? 'all' : 'result');
		if (next.cleared) host.error(overrideClearedNotice(next.cleared));
	});
	form.addEventListener('input', (e) => {
		const t = e.target as HTMLInputElement;
		if (t.matches('[data-note]')) {
			const id = t.dataset['note']!;
			host.update((s) => ({ ...s, notes: withKey(s.notes, id, t.value) }));
		}
		if (t.matches('[data-candidate]')) host.update((s) => ({ ...s, candidate: t.value }));
		if (t.matches('[data-interviewer]')) host.update((s) => ({ ...s, interviewer: t.value }));
	});
}
