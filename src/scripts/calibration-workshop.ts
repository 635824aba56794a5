/**
 * <calibration-workshop>: upgrades the static rating sheet into a working table. All logic
 * lives in src/lib/calibration-stats.ts; this file only reads the DOM and writes results back.
 * Input is only ever written as text, never as HTML. Ratings stay in this browser (localStorage).
 */
import {
	formatDifference,
	raterResults,
	sampleResults,
	type WorkshopRater,
	type WorkshopSample,
} from '../lib/calibration-stats.ts';
import { isRating, RATINGS } from '../lib/rating-scale.ts';

const STORAGE_KEY = 'handbook:calibration-workshop:v1';
const MAX_RATERS = 30;

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
}

/** Stored state from an older page or another tab is checked field by field; anything odd is dropped. */
function loadRaters(samples: readonly WorkshopSample[]): WorkshopRater[] | null {
	try {
		const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
		if (!Array.isArray(raw)) return null;
		const ids = new Set(samples.map((s) => s.id));
		return raw.slice(0, MAX_RATERS).flatMap((r: unknown) => {
			if (typeof r !== 'object' || r === null) return [];
			const { name, ratings } = r as { name?: unknown; ratings?: unknown };
			if (typeof name !== 'string' || typeof ratings !== 'object' || ratings === null) return [];
			const clean: Record<string, 1 | 2 | 3 | 4> = {};
			for (const [id, value] of Object.entries(ratings)) if (ids.has(id) && isRating(value)) clean[id] = value;
			return [{ name: name.slice(0, 60), ratings: clean }];
		});
	} catch {
		return null;
	}
}

class CalibrationWorkshop extends HTMLElement {
	#samples: WorkshopSample[] = [];
	#raters: WorkshopRater[] = [];
	#revealed = false;

	connectedCallback(): void {
		const json = this.querySelector('script[data-samples]')?.textContent ?? '[]';
		this.#samples = JSON.parse(json) as WorkshopSample[];
		this.#raters = loadRaters(this.#samples) ?? [];
		if (this.#raters.length === 0)
			this.#raters = [
				{ name: 'Rater 1', ratings: {} },
				{ name: 'Rater 2', ratings: {} },
			];
		this.querySelector<HTMLElement>('.no-js-note')?.setAttribute('hidden', '');
		this.querySelector<HTMLElement>('.workshop-controls')?.removeAttribute('hidden');
		this.querySelector('[data-add-rater]')?.addEventListener('click', () => this.#addRater());
		this.querySelector('[data-reveal]')?.addEventListener('click', (event) =>
			this.#toggleReveal(event.currentTarget as HTMLButtonElement),
		);
		this.#renderSheet();
		this.#update();
	}

	#addRater(): void {
		if (this.#raters.length >= MAX_RATERS) return this.#say(`At most ${MAX_RATERS} raters.`);
		this.#raters.push({ name: `Rater ${this.#raters.length + 1}`, ratings: {} });
		this.#renderSheet();
		this.#update();
		this.querySelector<HTMLInputElement>(`[data-rater-name="${this.#raters.length - 1}"]`)?.focus();
		this.#say(`Added rater ${this.#raters.length}.`);
	}

	#toggleReveal(button: HTMLButtonElement): void {
		this.#revealed = !this.#revealed;
		button.setAttribute('aria-pressed', String(this.#revealed));
		button.textContent = this.#revealed ? 'Hide reference ratings' : 'Reveal reference ratings';
		this.querySelectorAll<HTMLElement>('[data-reference-col]').forEach((c) => (c.hidden = !this.#revealed));
		this.#update();
	}

	#renderSheet(): void {
		const head = this.querySelector('[data-head]')!;
		head.querySelectorAll('[data-rater-col]').forEach((c) => c.remove());
		this.#raters.forEach((rater, i) => {
			const th = el('th', undefined, { scope: 'col', 'data-rater-col': '' });
			const input = el('input', undefined, {
				type: 'text',
				'aria-label': `Name of rater ${i + 1}`,
				'data-rater-name': String(i),
				maxlength: '60',
			});
			input.value = rater.name;
			input.addEventListener('input', () => {
				rater.name = input.value.trim() || `Rater ${i + 1}`;
				this.#update();
			});
			th.append(input);
			head.append(th);
		});
		for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-sample]')) {
			const sampleId = row.dataset['sample']!;
			const title = row.querySelector('th')?.textContent?.trim() ?? sampleId;
			row.querySelectorAll('[data-rater-col]').forEach((c) => c.remove());
			this.#raters.forEach((rater, i) => {
				const td = el('td', undefined, { 'data-rater-col': '' });
				const select = el('select', undefined, { 'aria-label': `Rating by rater ${i + 1} for ${title}` });
				select.append(el('option', 'Not rated', { value: '' }));
				for (const r of RATINGS) select.append(el('option', String(r), { value: String(r) }));
				select.value = String(rater.ratings[sampleId] ?? '');
				select.addEventListener('change', () => {
					const value = Number(select.value);
					if (isRating(value)) rater.ratings = { ...rater.ratings, [sampleId]: value };
					else rater.ratings = Object.fromEntries(Object.entries(rater.ratings).filter(([k]) => k !== sampleId));
					this.#update();
				});
				td.append(select);
				row.append(td);
			});
		}
	}

	#update(): void {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify(this.#raters));
		} catch {
			// Storage can be full or disabled; the workshop still works for this visit.
		}
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		results.hidden = !this.#revealed;
		if (!this.#revealed) return;

		const raterTable = this.querySelector('[data-rater-results]')!;
		raterTable.replaceChildren(
			el('caption', 'Leniency or severity of each rater', { class: 'visually-hidden' }),
			this.#row('th', ['Rater', 'Samples rated', 'Mean difference', 'Mean distance', 'Reading']),
			...raterResults(this.#samples, this.#raters).map((r) =>
				this.#row('td', [
					r.name,
					String(r.rated),
					formatDifference(r.meanDifference),
					r.meanAbsoluteDifference === null ? '–' : r.meanAbsoluteDifference.toFixed(2),
					r.reading,
				]),
			),
		);
		const sampleTable = this.querySelector('[data-sample-results]')!;
		sampleTable.replaceChildren(
			el('caption', 'Agreement on each sample', { class: 'visually-hidden' }),
			this.#row('th', ['Sample', 'Reference', 'Ratings', 'Mean', 'Spread']),
			...sampleResults(this.#samples, this.#raters).map((s) =>
				this.#row('td', [
					s.title,
					String(s.reference),
					s.ratings.join(', ') || '–',
					s.mean === null ? '–' : s.mean.toFixed(2),
					s.discuss ? `${s.spread} (discuss)` : String(s.spread),
				]),
			),
		);
	}

	#row(cell: 'th' | 'td', values: string[]): HTMLTableRowElement {
		const tr = el('tr');
		values.forEach((v, i) =>
			tr.append(el(cell === 'td' && i === 0 ? 'th' : cell, v, cell === 'th' ? { scope: 'col' } : { scope: 'row' })),
		);
		if (cell === 'td') tr.querySelectorAll('td').forEach((td) => td.removeAttribute('scope'));
		return tr;
	}

	#say(message: string): void {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = message;
	}
}

customElements.define('calibration-workshop', CalibrationWorkshop);
