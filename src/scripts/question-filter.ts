/**
 * <question-filter>: narrows the server-rendered question list as the reader picks filters and
 * keeps them in the URL. Without JavaScript the full grouped list is simply shown.
 */
import {
	matchesFilter,
	parseQuestionFilter,
	questionFilterSearch,
	type QuestionFilter,
} from '../lib/question-filter.ts';

class QuestionFilterElement extends HTMLElement {
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	connectedCallback(): void {
		this.#q('[data-filters]').hidden = false;
		const f = parseQuestionFilter(location.search);
		this.#q<HTMLSelectElement>('[name="competency"]').value = f.competency;
		this.#q<HTMLSelectElement>('[name="level"]').value = f.level;
		this.#q<HTMLSelectElement>('[name="format"]').value = f.format;
		this.#q<HTMLInputElement>('[name="maxMinutes"]').value = f.maxMinutes > 0 ? String(f.maxMinutes) : '';
		this.#q('[data-filters]').addEventListener('input', () => this.#apply(true));
		this.#q('[data-clear-filters]').addEventListener('click', () => {
			this.#q<HTMLFormElement>('[data-filters]').reset();
			this.#apply(true);
		});
		this.#apply(false);
	}

	#read(): QuestionFilter {
		const minutes = Number(this.#q<HTMLInputElement>('[name="maxMinutes"]').value);
		return {
			competency: this.#q<HTMLSelectElement>('[name="competency"]').value,
			level: this.#q<HTMLSelectElement>('[name="level"]').value,
			format: this.#q<HTMLSelectElement>('[name="format"]').value,
			maxMinutes: Number.isInteger(minutes) && minutes > 0 ? minutes : 0,
		};
	}

	#apply(updateUrl: boolean): void {
		const f = this.#read();
		if (updateUrl) history.replaceState(null, '', `${location.pathname}${questionFilterSearch(f)}`);
		let shown = 0;
		for (const li of this.querySelectorAll<HTMLLIElement>('li[data-question]')) {
			const d = li.dataset;
			const match = matchesFilter(
				{
					competencies: (d['competencies'] ?? '').split(' '),
					levels: (d['levels'] ?? '').split(' '),
					format: d['format'] ?? '',
					minutes: Number(d['minutes']),
				},
				f,
			);
			li.hidden = !match;
			if (match) shown++;
		}
		// A group heading with nothing left under it would only be noise.
		for (const section of this.querySelectorAll<HTMLElement>('section[data-group]')) {
			section.hidden = section.querySelector('li[data-question]:not([hidden])') === null;
		}
		const total = this.querySelectorAll('li[data-question]').length;
		this.#q('[data-count]').textContent =
			shown === total ? `Showing all ${total} questions.` : `Showing ${shown} of ${total} questions.`;
	}
}

customElements.define('question-filter', QuestionFilterElement);
