/**
 * <rubric-calculator>: the page's thin layer over src/lib (scoring, calculator-state,
 * card-authority). State lives in memory, in localStorage per scorecard, and (on request) in a
 * share link; a link never replaces saved work without asking (link-choice.ts).
 */
import type { CalculatorCard, CalculatorData } from '../../data/calculator.ts';
import { readLink, readStored, type HandbookLookup } from '../../lib/card-authority.ts';
import { cardProblem } from '../../lib/card-rules.ts';
import { CUSTOM, emptyState, parseLink, type CalculatorState } from '../../lib/calculator-state.ts';
import type { ScoringCard } from '../../lib/scoring.ts';
import { withSessionNames, type SessionHandoff } from '../../lib/session-handoff.ts';
import { calculatorKey, legacyMoves } from '../../lib/storage-keys.ts';
import { el, readIsland, storageGet, storageMove, storageSet } from '../../scripts/dom.ts';
import { readSessionEvidence, showSessionIntro } from './calculator-session.ts';
import { renderCompetencies } from './competency-view.ts';
import { renderCustom, wireCustom } from './custom-card.ts';
import { wireExport } from './export-controls.ts';
import { wireFields } from './form-fields.ts';
import type { CalculatorHost } from './host.ts';
import { LinkChoice } from './link-choice.ts';
import { renderOverride, wireOverride } from './override-controls.ts';
import { renderPrintSummary, renderResult, renderSummary } from './result-view.ts';

/** A custom card starts empty, with the handbook's usual thresholds; its level for anchors is mid. */
const CUSTOM_CARD: ScoringCard = { weights: [], thresholds: { pass: 3, hold: 2.5 }, minCoverage: 0.75 };
const CUSTOM_LEVEL = 'mid';

class RubricCalculator extends HTMLElement implements CalculatorHost {
	data!: CalculatorData;
	#state!: CalculatorState;
	#viewing = false;
	#titles = new Map<string, string>();
	#cards = new Map<string, CalculatorCard>();
	#links!: LinkChoice;
	/** What the last load had to say about the saved work, kept to show beside a link's problem. */
	#notices: string[] = [];
	#evidence: SessionHandoff | null = null;

	q = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
	titleOf = (id: string) => this.#titles.get(id) ?? id;
	handbook: HandbookLookup = (id) => {
		const c = this.#cards.get(id);
		return c && { title: c.title, card: c.card };
	};
	state = () => this.#state;
	evidence = () => this.#evidence;
	cardTitle = () => this.#cards.get(this.#state.scorecard)?.title ?? 'Custom scorecard';

	connectedCallback(): void {
		this.data = readIsland<CalculatorData>(this, 'script[data-calculator]');
		this.#titles = new Map(this.data.competencies.map((c) => [c.id, c.title]));
		this.#cards = new Map(this.data.scorecards.map((c) => [c.id, c]));
		storageMove(legacyMoves);
		this.q('[data-app]').hidden = false;
		this.#links = new LinkChoice(this);
		this.#wire();
		this.#start();
		// In-page anchors (#main, #calc-result-title) also change the hash; only state is acted on.
		window.addEventListener('hashchange', () => {
			if (parseLink(location.hash) !== null) this.#start();
		});
	}

	error(message: string | readonly string[] | null): void {
		const box = this.q('[data-error]');
		const list = message === null ? [] : typeof message === 'string' ? [message] : message;
		box.replaceChildren(...list.map((m) => el('p', m)));
		box.hidden = list.length === 0;
	}

	/** Loads state from, in order: the URL fragment, ?scorecard=, or the first scorecard. */
	#start(): void {
		this.error(null);
		const link = readLink(location.hash, this.handbook, this.titleOf);
		if (link?.ok) return this.#links.open(link.value);
		const problem = link ? [link.error] : [];
		const wanted = new URLSearchParams(location.search).get('scorecard');
		const first = this.data.scorecards[0];
		if (wanted && wanted !== CUSTOM && !this.#cards.has(wanted))
			problem.push(
				`There is no scorecard "${wanted.slice(0, 60)}" in this handbook; it may have been renamed. Showing "${first?.title}" instead.`,
			);
		const id = wanted && (wanted === CUSTOM || this.#cards.has(wanted)) ? wanted : (first?.id ?? CUSTOM);
		this.load(id);
		if (problem.length > 0) this.error([...problem, ...this.#notices]);
	}

	load(id: string): void {
		const stored = readStored(storageGet(calculatorKey(id)), id, this.handbook, this.titleOf);
		const state = stored.state ?? emptyState(id, this.#cards.get(id)?.card ?? CUSTOM_CARD);
		// After "Finish and rate": the session's evidence, shown beside each rating and never as one.
		const session = readSessionEvidence(
			id,
			state.card.weights.map((w) => w.competency),
		);
		this.#evidence = session?.ok ? session.value : null;
		this.#notices = [...stored.notices, ...(session && !session.ok ? [session.error] : [])];
		const saved = Object.values(state.ratings).some((r) => r !== null) || Object.values(state.notes).some(Boolean);
		const fresh = () => withSessionNames(emptyState(id, state.card), this.#evidence);
		showSessionIntro(this, this.#evidence !== null, saved, () => this.update(fresh, 'all'));
		// Names typed in the session fill the calculator's empty fields; a name already there stays.
		this.show(withSessionNames(state, this.#evidence), false);
		this.error(this.#notices.length > 0 ? this.#notices : null);
	}

	show(state: CalculatorState, viewing: boolean): void {
		this.#state = state;
		this.#viewing = viewing;
		this.#renderAll();
	}

	save(): void {
		if (!this.#viewing) storageSet(calculatorKey(this.#state.scorecard), JSON.stringify(this.#state));
	}

	update(change: (s: CalculatorState) => CalculatorState, rerender: 'result' | 'all' = 'result'): void {
		this.#state = change(this.#state);
		this.save();
		if (rerender === 'all') this.#renderAll();
		else this.#renderResult();
	}

	#renderAll(): void {
		const s = this.#state;
		this.q<HTMLSelectElement>('[data-scorecard]').value = s.scorecard;
		this.q('[data-card-source]').textContent =
			s.scorecard === CUSTOM
				? 'Custom scorecard: its weights and thresholds are yours, not the handbook’s; every export says so.'
				: 'A handbook scorecard: scored by the handbook’s own definition, whatever a link or file carried.';
		this.q<HTMLInputElement>('[data-candidate]').value = s.candidate;
		this.q<HTMLInputElement>('[data-interviewer]').value = s.interviewer;
		renderOverride(this);
		renderCustom(this);
		renderCompetencies(this, this.#cards.get(s.scorecard)?.level ?? CUSTOM_LEVEL);
		this.#renderResult();
	}

	#renderResult(): void {
		const { card, ratings, override, scorecard } = this.#state;
		const result = this.q('[data-result]');
		const problem = cardProblem(card);
		if (problem !== null) {
			result.replaceChildren(el('p', problem));
			this.q('[data-formula]').textContent = '';
			this.q('[data-sensitivity]').replaceChildren();
			this.q('[data-summary]').replaceChildren(el('dt', 'Composite'), el('dd', 'Not yet: see the weights'));
			return;
		}
		const target = {
			result,
			formula: this.q('[data-formula]'),
			rules: this.q('[data-rules]'),
			sensitivity: this.q('[data-sensitivity]'),
		};
		renderResult(target, card, ratings, override, this.titleOf);
		renderSummary(this.q('[data-summary]'), card, ratings, override, scorecard === CUSTOM);
		renderPrintSummary(this.q('[data-print-summary]'), this.#state, this.cardTitle(), this.titleOf, this.#evidence);
	}

	#wire(): void {
		const form = this.q<HTMLFormElement>('[data-form]');
		form.addEventListener('submit', (e) => e.preventDefault());
		this.q('[data-scorecard]').addEventListener('change', (e) => {
			const id = (e.target as HTMLSelectElement).value;
			history.replaceState(null, '', `${location.pathname}?scorecard=${encodeURIComponent(id)}`);
			this.#links.close();
			this.load(id);
		});
		wireFields(this, form);
		wireCustom(this);
		wireOverride(this);
		wireExport(this, () => {
			history.replaceState(null, '', location.pathname + location.search);
			this.#links.close();
			const id = this.#state.scorecard;
			this.show(emptyState(id, this.#cards.get(id)?.card ?? CUSTOM_CARD), false);
			this.error(null);
		});
	}
}

customElements.define('rubric-calculator', RubricCalculator);
