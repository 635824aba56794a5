/** <calculator-panel>: imports exports, refuses mixed scorecards, renders src/lib/panel.ts. */
import type { CalculatorData } from '../data/calculator.ts';
import { parseExport, type CalculatorState } from '../lib/calculator-state.ts';
import { panelProblem, summarisePanel } from '../lib/panel.ts';
import { panelScore } from '../lib/scoring.ts';
import { OUTCOME_LABEL } from './calculator-view.ts';

import { el, readIsland, storageGet, storageRemoveByPrefix, storageSet } from './dom.ts';

const KEY = 'handbook:calculator:panel';
const MAX_FILE_BYTES = 1_000_000;

class CalculatorPanel extends HTMLElement {
	#states: CalculatorState[] = [];
	#titles = new Map<string, string>();
	#cards = new Map<string, string>();
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	connectedCallback(): void {
		const data = readIsland<CalculatorData>(this, 'script[data-calculator]');
		this.#titles = new Map(data.competencies.map((c) => [c.id, c.title]));
		this.#cards = new Map(data.scorecards.map((s) => [s.id, s.title]));
		this.#q('[data-app]').hidden = false;
		const stored = storageGet(KEY);
		if (stored) {
			try {
				for (const text of JSON.parse(stored) as unknown[])
					if (typeof text === 'string') this.#add(text, 'saved', true);
			} catch {
				this.#error('The panel saved earlier could not be read; start again by importing the exports.');
			}
		}
		this.#q<HTMLInputElement>('[data-files]').addEventListener('change', async (e) => {
			const input = e.target as HTMLInputElement;
			for (const file of Array.from(input.files ?? [])) {
				if (file.size > MAX_FILE_BYTES) {
					this.#error(`${file.name} is larger than 1 MB; it is not a calculator export.`);
					continue;
				}
				this.#add(await file.text(), file.name);
			}
			input.value = '';
		});
		this.#q('[data-add-paste]').addEventListener('click', () => {
			const area = this.#q<HTMLTextAreaElement>('[data-paste]');
			if (this.#add(area.value, 'the pasted text')) area.value = '';
		});
		this.#q('[data-clear]').addEventListener('click', () => {
			this.#states = [];
			storageRemoveByPrefix(KEY);
			this.#error(null);
			this.#render();
			this.#say('Panel cleared.');
		});
		this.#render();
	}

	#error(message: string | null): void {
		const box = this.#q('[data-error]');
		box.textContent = message ?? '';
		box.hidden = message === null;
	}

	#say(message: string): void {
		this.#q('[data-status]').textContent = message;
	}

	#add(text: string, source: string, quiet = false): boolean {
		const parsed = parseExport(text);
		if (!parsed.ok) {
			this.#error(`Could not import ${source}: ${parsed.error}`);
			return false;
		}
		const problem = panelProblem([...this.#states, parsed.value]);
		if (problem) {
			this.#error(`Could not import ${source}: ${problem}`);
			return false;
		}
		this.#error(null);
		this.#states.push(parsed.value);
		storageSet(
			KEY,
			JSON.stringify(
				this.#states.map((s) => JSON.stringify({ format: 'python-interview-handbook/rating', version: 1, ...s })),
			),
		);
		this.#render();
		if (!quiet)
			this.#say(
				`Imported ${parsed.value.interviewer || `interviewer ${this.#states.length}`}: ${this.#states.length} in the panel.`,
			);
		return true;
	}

	#render(): void {
		const results = this.#q('[data-results]');
		const first = this.#states[0];
		results.hidden = !first;
		if (!first) return;
		const title = (id: string) => this.#titles.get(id) ?? id;
		const summary = summarisePanel(first.card, this.#states);
		const names = summary.interviewers.map((i) => i.name);

		const ratings = this.#q('[data-ratings]');
		const head = el('tr');
		for (const h of ['Competency (weight)', ...names, 'Mean', 'Spread']) head.append(el('th', h, { scope: 'col' }));
		ratings.replaceChildren(el('caption', `Ratings for ${this.#cards.get(first.scorecard) ?? first.scorecard}`), head);
		for (const row of summary.rows) {
			const tr = el('tr', null, row.discuss ? { class: 'discuss' } : {});
			tr.append(el('th', `${title(row.competency)} (${row.weight})`, { scope: 'row' }));
			for (const r of row.ratings) tr.append(el('td', r === null ? '–' : String(r)));
			tr.append(
				el('td', row.mean === null ? '–' : row.mean.toFixed(2)),
				el('td', row.discuss ? `${row.spread}: discuss` : String(row.spread)),
			);
			ratings.append(tr);
		}

		const people = this.#q('[data-interviewers]');
		const phead = el('tr');
		for (const h of ['Interviewer', 'Composite', 'Outcome', 'After override'])
			phead.append(el('th', h, { scope: 'col' }));
		people.replaceChildren(
			el('caption', 'Each interviewer’s composite and outcome', { class: 'visually-hidden' }),
			phead,
		);
		for (const i of summary.interviewers) {
			const tr = el('tr');
			tr.append(
				el('th', i.name, { scope: 'row' }),
				el('td', i.composite === null ? '–' : i.composite.toFixed(2)),
				el('td', i.outcome),
				el('td', i.finalOutcome),
			);
			people.append(tr);
		}

		const decision = panelScore(
			first.card,
			this.#states.map((st) => st.ratings),
			title,
		);
		const steps = el('ol', null, { class: 'prose' });
		for (const step of decision.steps) steps.append(el('li', step));
		this.#q('[data-panel-outcome]').replaceChildren(
			el('p', `Panel outcome: ${OUTCOME_LABEL[decision.outcome]}`, {
				class: 'panel-outcome',
				'data-outcome': decision.outcome,
			}),
			steps,
		);

		const panel = this.#q('[data-panel]');
		const flagged = summary.rows.filter((r) => r.discuss).map((r) => title(r.competency));
		const alpha = summary.agreement.alpha;
		panel.replaceChildren(
			el('dt', 'Interviewers'),
			el('dd', String(this.#states.length)),
			el('dt', 'Panel composite'),
			el(
				'dd',
				summary.composite === null
					? '–'
					: `${summary.composite.toFixed(2)} (weighted mean of each competency’s mean rating)`,
			),
			el('dt', 'To discuss first'),
			el('dd', flagged.length === 0 ? 'No competency has a spread of two points or more.' : flagged.join(', ')),
			el('dt', 'Agreement (Krippendorff’s alpha, ordinal)'),
			el('dd', `${alpha === null ? 'not defined' : alpha.toFixed(2)}. ${summary.agreement.reading}`),
		);
	}
}

customElements.define('calculator-panel', CalculatorPanel);
