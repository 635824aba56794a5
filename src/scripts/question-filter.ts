/**
 * <question-filter>: narrows the server-rendered question list as the reader picks filters and
 * keeps them in the URL and in the history, so Back undoes a filter. Without JavaScript the
 * full grouped list is shown, with a note that the filters need JavaScript.
 */
import {
	NO_FILTER,
	matchesFilter,
	parseQuestionFilter,
	questionFilterSearch,
	type QuestionFilter,
} from '../lib/question-filter.ts';

/** Marks a history entry made while typing minutes: further keystrokes update it, not add more. */
const TYPING = 'question-filter:typing';

class QuestionFilterElement extends HTMLElement {
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	connectedCallback(): void {
		this.#q('[data-filters]').hidden = false;
		this.#show(parseQuestionFilter(location.search));
		this.#q('[data-filters]').addEventListener('input', (e) => {
			const typing = (e.target as HTMLElement).matches('input');
			this.#record(typing);
			this.#apply();
		});
		for (const button of this.querySelectorAll('[data-clear-filters]'))
			button.addEventListener('click', () => {
				this.#show(NO_FILTER);
				this.#record(false);
				this.#apply();
				this.#q<HTMLSelectElement>('[name="competency"]').focus();
			});
		window.addEventListener('popstate', () => this.#show(parseQuestionFilter(location.search)));
	}

	/** Puts a filter into the controls and the list. */
	#show(f: QuestionFilter): void {
		this.#q<HTMLSelectElement>('[name="competency"]').value = f.competency;
		this.#q<HTMLSelectElement>('[name="level"]').value = f.level;
		this.#q<HTMLSelectElement>('[name="format"]').value = f.format;
		this.#q<HTMLInputElement>('[name="maxMinutes"]').value = f.maxMinutes > 0 ? String(f.maxMinutes) : '';
		this.#apply();
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

	/**
	 * Each change of filter is a history entry, so Back undoes it; the keystrokes of one number
	 * typed into the minutes field make one entry between them.
	 */
	#record(typing: boolean): void {
		const url = `${location.pathname}${questionFilterSearch(this.#read())}`;
		if (url === `${location.pathname}${location.search}`) return;
		if (typing && history.state === TYPING) history.replaceState(TYPING, '', url);
		else history.pushState(typing ? TYPING : null, '', url);
	}

	#apply(): void {
		const f = this.#read();
		let shown = 0;
		const perGroup = new Map<string, number>();
		for (const section of this.querySelectorAll<HTMLElement>('section[data-group]')) {
			let inGroup = 0;
			for (const li of section.querySelectorAll<HTMLLIElement>('li[data-question]')) {
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
				if (match) inGroup++;
			}
			// A group heading with nothing left under it would only be noise.
			section.hidden = inGroup === 0;
			perGroup.set(section.dataset['group'] ?? '', inGroup);
			shown += inGroup;
		}
		// The jump links count what is shown, and a link to an emptied group goes.
		for (const jump of this.querySelectorAll<HTMLElement>('[data-jump]')) {
			const n = perGroup.get(jump.dataset['jump'] ?? '') ?? 0;
			jump.hidden = n === 0;
			jump.querySelector('[data-jump-count]')!.textContent = String(n);
		}
		const total = this.querySelectorAll('li[data-question]').length;
		this.#q('[data-empty]').hidden = shown > 0;
		this.#q('[data-count]').textContent =
			shown === 0
				? `No question matches these filters (of ${total}).`
				: shown === total
					? `Showing all ${total} questions.`
					: `Showing ${shown} of ${total} questions.`;
	}
}

customElements.define('question-filter', QuestionFilterElement);
