/**
 * <calibration-workshop>: upgrades the static rating sheet into a working table. The arithmetic
 * is src/lib/calibration-stats.ts, reading stored and pasted sheets src/lib/workshop-sheet.ts,
 * the DOM workshop-view.ts; this element holds the state and wires events. The sheet stays in
 * this browser (the page says so) until "Clear the sheet"; removing a rater or clearing can be undone.
 */
import { isRating } from '../../lib/rating-scale.ts';
import type { WorkshopRater, WorkshopSample } from '../../lib/calibration-stats.ts';
import {
	cleanName,
	isBlankSheet,
	MAX_RATERS,
	newSheet,
	parsePastedRatings,
	parseStoredSheet,
	raterName,
	serialiseSheet,
	WORKSHOP_STORAGE_KEY,
} from '../../lib/workshop-sheet.ts';
import { readIsland, storageGet, storageSet } from '../../scripts/dom.ts';
import { removeLabel, renderResults, renderSheet } from './workshop-view.ts';

class CalibrationWorkshop extends HTMLElement {
	#samples: WorkshopSample[] = [];
	#raters: WorkshopRater[] = [];
	#revealed = false;
	/** The sheet before the last removal or clear, until it is undone or replaced. */
	#undo: WorkshopRater[] | null = null;
	#storageWarned = false;
	#q = <T extends HTMLElement = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	connectedCallback(): void {
		this.#samples = readIsland<WorkshopSample[]>(this, 'script[data-samples]') ?? [];
		const stored = parseStoredSheet(storageGet(WORKSHOP_STORAGE_KEY), this.#samples);
		this.#raters = stored.raters.length > 0 ? stored.raters : newSheet();
		this.#alert(stored.problems);
		this.#q('.no-js-note').hidden = true;
		this.#q('.workshop-controls').hidden = false;
		this.#q('[data-add-rater]').addEventListener('click', () => this.#addRater());
		this.#q('[data-reveal]').addEventListener('click', () => this.#toggleReveal());
		this.#q('[data-clear]').addEventListener('click', () => this.#clear());
		this.#q('[data-undo]').addEventListener('click', () => this.#undoLast());
		this.#q('[data-paste]').addEventListener('click', () => this.#paste());
		this.addEventListener('input', (e) => this.#rename(e.target as HTMLElement));
		this.addEventListener('change', (e) => this.#rate(e.target as HTMLElement));
		this.addEventListener('click', (e) => {
			const i = (e.target as HTMLElement).dataset['removeRater'];
			if (i !== undefined) this.#remove(Number(i));
		});
		this.#renderSheet();
		this.#update();
	}

	#addRater(): void {
		if (this.#raters.length >= MAX_RATERS) return this.#say(`The sheet holds at most ${MAX_RATERS} raters.`);
		this.#raters = [...this.#raters, { name: raterName(this.#raters.length), ratings: {} }];
		this.#renderSheet();
		this.#update();
		this.#q(`[data-rater-name="${this.#raters.length - 1}"]`).focus();
		this.#say(`Added rater ${this.#raters.length}.`);
	}

	#rename(t: HTMLElement): void {
		if (!(t instanceof HTMLInputElement) || t.dataset['raterName'] === undefined) return;
		const i = Number(t.dataset['raterName']);
		const rater = this.#raters[i];
		if (!rater) return;
		rater.name = cleanName(t.value) || raterName(i);
		this.querySelector(`[data-remove-rater="${i}"]`)?.setAttribute('aria-label', removeLabel(i, rater.name));
		this.#update();
	}

	#rate(t: HTMLElement): void {
		if (!(t instanceof HTMLSelectElement) || t.dataset['rate'] === undefined) return;
		const rater = this.#raters[Number(t.dataset['rate'])];
		const sample = t.dataset['sampleId'] ?? '';
		if (!rater || !this.#samples.some((s) => s.id === sample)) return;
		const value = Number(t.value);
		const rest = Object.entries(rater.ratings).filter(([k]) => k !== sample);
		rater.ratings = Object.fromEntries(isRating(value) ? [...rest, [sample, value]] : rest);
		this.#update();
	}

	#remove(i: number): void {
		const rater = this.#raters[i];
		if (!rater) return;
		this.#undo = this.#raters;
		this.#raters = this.#raters.filter((_, j) => j !== i);
		if (this.#raters.length === 0) this.#raters = newSheet();
		this.#renderSheet();
		this.#update();
		this.#q('[data-add-rater]').focus();
		this.#say(`Removed ${rater.name} and their ratings from the sheet and from this browser.`, true);
	}

	#clear(): void {
		const count = this.#raters.length;
		this.#undo = this.#raters;
		this.#raters = newSheet();
		this.#renderSheet();
		this.#update();
		this.#say(
			`Cleared the sheet: ${count} rater${count === 1 ? '’s' : 's’'} names and ratings are gone from this page and from this browser’s storage. The samples and reference ratings stay.`,
			true,
		);
	}

	#undoLast(): void {
		if (!this.#undo) return;
		this.#raters = this.#undo;
		this.#undo = null;
		this.#renderSheet();
		this.#update();
		this.#q('[data-add-rater]').focus();
		this.#say('Restored the sheet as it was.');
	}

	#paste(): void {
		const box = this.#q<HTMLTextAreaElement>('[data-paste-text]');
		const replace = isBlankSheet(this.#raters);
		const room = MAX_RATERS - (replace ? 0 : this.#raters.length);
		const read = parsePastedRatings(box.value, this.#samples, room);
		this.#alert(read.problems);
		if (read.raters.length === 0) return this.#say('No rater was added.');
		this.#raters = replace ? read.raters : [...this.#raters, ...read.raters];
		box.value = '';
		this.#renderSheet();
		this.#update();
		const n = read.raters.length;
		this.#say(`Added ${n} pasted rater${n === 1 ? '' : 's'}: ${read.raters.map((r) => r.name).join(', ')}.`);
	}

	#toggleReveal(): void {
		this.#revealed = !this.#revealed;
		const button = this.#q('[data-reveal]');
		button.setAttribute('aria-pressed', String(this.#revealed));
		button.textContent = this.#revealed ? 'Hide reference ratings' : 'Reveal reference ratings';
		this.querySelectorAll<HTMLElement>('[data-reference-col]').forEach((c) => (c.hidden = !this.#revealed));
		this.#update();
	}

	#renderSheet(): void {
		renderSheet(this, this.#raters);
	}

	#update(): void {
		if (!storageSet(WORKSHOP_STORAGE_KEY, serialiseSheet(this.#raters)) && !this.#storageWarned) {
			this.#storageWarned = true;
			this.#alert(['This browser does not let the page keep the sheet, so it lasts only until you leave the page.']);
		}
		this.#q('[data-results]').hidden = !this.#revealed;
		if (this.#revealed) renderResults(this, this.#samples, this.#raters);
	}

	#alert(problems: readonly string[]): void {
		const box = this.#q('[data-alert]');
		box.textContent = problems.join(' ');
		box.hidden = problems.length === 0;
	}

	#say(message: string, undoable = false): void {
		this.#q('[data-status]').textContent = message;
		this.#q('[data-undo]').hidden = !undoable;
		if (!undoable) this.#undo = null;
	}
}

customElements.define('calibration-workshop', CalibrationWorkshop);
