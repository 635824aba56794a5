/**
 * <rubric-calculator>: the page's thin layer over src/lib/scoring.ts and calculator-state.ts.
 * State lives in memory, in localStorage per scorecard, and (on request) in a share link.
 */
import type { CalculatorCard, CalculatorData } from '../data/calculator.ts';
import {
	emptyState,
	overrideProblem,
	parseFragment,
	parseState,
	toExport,
	toFragment,
	toMarkdown,
	type CalculatorState,
} from '../lib/calculator-state.ts';
import { isRating } from '../lib/rating-scale.ts';
import { weightProblem, type ScoringCard } from '../lib/scoring.ts';
import { competencyFieldset, renderPrintSummary, renderResult } from './calculator-view.ts';
import { copy, download, el, readIsland, storageGet, storageRemoveByPrefix, storageSet } from './dom.ts';
import { handoffMarkdown, type SessionHandoff } from '../lib/session-evidence.ts';
import { readSessionEvidence, showEvidence, showSessionIntro } from '../tools/calculator/calculator-session.ts';

const PREFIX = 'handbook:calculator:';
const CUSTOM_LEVEL = 'mid';

class RubricCalculator extends HTMLElement {
	#data!: CalculatorData;
	#state!: CalculatorState;
	#titles = new Map<string, string>();
	/** Evidence from an interview session ("Finish and rate"), shown under each competency. */
	#evidence: SessionHandoff | null = null;
	#q = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

	connectedCallback(): void {
		this.#data = readIsland<CalculatorData>(this, 'script[data-calculator]');
		this.#titles = new Map(this.#data.competencies.map((c) => [c.id, c.title]));
		this.#q('[data-app]').hidden = false;
		this.#wire();
		this.#start();
		window.addEventListener('hashchange', () => this.#start());
	}

	#title = (id: string) => this.#titles.get(id) ?? id;

	#card(id: string): CalculatorCard | undefined {
		return this.#data.scorecards.find((s) => s.id === id);
	}

	#error(message: string | null): void {
		const box = this.#q('[data-error]');
		box.textContent = message ?? '';
		box.hidden = message === null;
	}

	/** Loads state from, in order: the URL fragment, ?scorecard=, storage, or the first scorecard. */
	#start(): void {
		this.#error(null);
		const fromLink = parseFragment(location.hash);
		if (fromLink && !fromLink.ok) this.#error(fromLink.error);
		if (fromLink?.ok) {
			this.#state = fromLink.value;
			history.replaceState(null, '', `${location.pathname}?scorecard=${encodeURIComponent(fromLink.value.scorecard)}`);
			this.#save();
			return this.#renderAll();
		}
		const wanted = new URLSearchParams(location.search).get('scorecard');
		let id = wanted ?? this.#data.scorecards[0]?.id ?? 'custom';
		if (wanted && wanted !== 'custom' && !this.#card(wanted)) {
			this.#error(
				`There is no scorecard "${wanted.slice(0, 60)}" in this handbook; it may have been renamed. Showing "${this.#data.scorecards[0]?.title}" instead.`,
			);
			id = this.#data.scorecards[0]?.id ?? 'custom';
		}
		this.#load(id);
	}

	#load(id: string): void {
		const stored = storageGet(PREFIX + id);
		let state: CalculatorState | null = null;
		if (stored !== null) {
			let raw: unknown;
			try {
				raw = JSON.parse(stored);
			} catch {
				raw = null; // parseState turns this into the "could not be read" message
			}
			const parsed = parseState(raw);
			if (parsed.ok) state = parsed.value;
			else
				this.#error(
					`Ratings saved earlier for this scorecard could not be read (${parsed.error}), so the calculator starts afresh.`,
				);
		}
		const handbook = this.#card(id);
		// A stored copy of a handbook scorecard is only reused if the scorecard has not changed since.
		if (state && handbook && JSON.stringify(state.card) !== JSON.stringify(this.#plain(handbook))) {
			this.#error(
				'This scorecard changed since your ratings were saved; ratings of competencies it still weights were kept.',
			);
			const kept = Object.fromEntries(
				Object.entries(state.ratings).filter(([c]) => handbook.weights.some((w) => w.competency === c)),
			);
			state = { ...state, card: this.#plain(handbook), ratings: kept };
		}
		this.#state = state ?? emptyState(id, handbook ? this.#plain(handbook) : this.#defaultCustom());
		const fromSession = readSessionEvidence(
			id,
			this.#state.card.weights.map((w) => w.competency),
		);
		this.#evidence = fromSession?.ok ? fromSession.value : null;
		if (fromSession && !fromSession.ok) this.#error(fromSession.error);
		const saved =
			Object.values(this.#state.ratings).some((r) => r !== null) || Object.values(this.#state.notes).some(Boolean);
		showSessionIntro(this, this.#evidence !== null, saved, () =>
			this.#update(() => emptyState(id, this.#state.card), 'all'),
		);
		this.#renderAll();
	}

	#plain(c: CalculatorCard): ScoringCard {
		return {
			weights: c.weights,
			thresholds: c.thresholds,
			minCoverage: c.minCoverage,
			...(c.barRaiser ? { barRaiser: c.barRaiser } : {}),
		};
	}

	#defaultCustom(): ScoringCard {
		return { weights: [], thresholds: { pass: 3, hold: 2.5 }, minCoverage: 0.75 };
	}

	#save(): void {
		storageSet(PREFIX + this.#state.scorecard, JSON.stringify(this.#state));
	}

	#level(): string {
		return this.#card(this.#state.scorecard)?.level ?? CUSTOM_LEVEL;
	}

	#renderAll(): void {
		const s = this.#state;
		this.#q<HTMLSelectElement>('[data-scorecard]').value = s.scorecard;
		this.#q<HTMLInputElement>('[data-candidate]').value = s.candidate;
		this.#q<HTMLInputElement>('[data-interviewer]').value = s.interviewer;
		this.#q<HTMLSelectElement>('[data-override-outcome]').value = s.override?.outcome ?? '';
		this.#q<HTMLTextAreaElement>('[data-override-evidence]').value = s.override?.evidence ?? '';
		this.#q<HTMLInputElement>('[data-override-by]').value = s.override?.signedOffBy ?? '';
		this.#renderCustom();
		this.#renderCompetencies();
		this.#renderResult();
	}

	#renderCustom(): void {
		const custom = this.#state.scorecard === 'custom';
		this.#q('[data-custom]').hidden = !custom;
		if (!custom) return;
		const card = this.#state.card;
		this.#q<HTMLInputElement>('[data-pass]').value = String(card.thresholds.pass);
		this.#q<HTMLInputElement>('[data-hold]').value = String(card.thresholds.hold);
		this.#q<HTMLInputElement>('[data-coverage]').value = String(Math.round(card.minCoverage * 100));
		const table = this.#q('[data-custom-table]');
		const head = el('tr');
		for (const h of ['Competency', 'Weight', 'Must-have', 'Minimum', '']) head.append(el('th', h, { scope: 'col' }));
		table.replaceChildren(el('caption', 'Competencies of the custom scorecard', { class: 'visually-hidden' }), head);
		card.weights.forEach((w, i) => {
			const tr = el('tr');
			const name = this.#title(w.competency);
			const weight = el('input', null, {
				type: 'number',
				min: '1',
				max: '100',
				step: '1',
				'aria-label': `Weight of ${name}`,
				'data-weight': String(i),
			});
			weight.value = String(w.weight);
			const must = el('input', null, {
				type: 'checkbox',
				'aria-label': `${name} is a must-have`,
				'data-must': String(i),
			});
			must.checked = w.mustHave;
			const min = el('select', null, { 'aria-label': `Minimum rating for ${name}`, 'data-min': String(i) });
			for (const r of ['1', '2', '3', '4']) min.append(el('option', r, { value: r }));
			min.value = String(w.minRating ?? 3);
			const remove = el('button', `Remove ${name}`, { type: 'button', 'data-remove': String(i) });
			const cells = [el('th', name, { scope: 'row' }), el('td'), el('td'), el('td'), el('td')];
			cells[1]!.append(weight);
			cells[2]!.append(must);
			cells[3]!.append(min);
			cells[4]!.append(remove);
			tr.append(...cells);
			table.append(tr);
		});
		const problem = weightProblem(card.weights);
		this.#q('[data-weight-status]').textContent = problem ?? 'Weights sum to 100: ready to score.';
	}

	#renderCompetencies(): void {
		const box = this.#q('[data-competencies]');
		const card = this.#state.card;
		if (this.#state.scorecard === 'custom' && weightProblem(card.weights) !== null) {
			box.replaceChildren(
				el('p', 'The calculator scores once the custom weights are whole numbers that sum to exactly 100.', {
					class: 'callout',
				}),
			);
			return;
		}
		box.replaceChildren(
			...card.weights.map((w) =>
				competencyFieldset(
					this.#data,
					w.competency,
					w,
					this.#level(),
					this.#state.ratings[w.competency] ?? null,
					this.#state.notes[w.competency] ?? '',
					this.#title,
				),
			),
		);
		const label = (r: number) => this.#data.scale.find((p) => p.value === r)?.label ?? '';
		for (const fs of this.#evidence ? box.querySelectorAll<HTMLFieldSetElement>('fieldset[data-competency]') : [])
			showEvidence(
				fs,
				this.#evidence!.competencies[fs.dataset['competency']!],
				this.#title(fs.dataset['competency']!),
				label,
			);
	}

	#renderResult(): void {
		const target = {
			result: this.#q('[data-result]'),
			formula: this.#q('[data-formula]'),
			rules: this.#q('[data-rules]'),
			sensitivity: this.#q('[data-sensitivity]'),
		};
		if (weightProblem(this.#state.card.weights) !== null) {
			target.result.replaceChildren(el('p', weightProblem(this.#state.card.weights)));
			target.formula.textContent = '';
			target.sensitivity.replaceChildren();
			return;
		}
		renderResult(target, this.#state.card, this.#state.ratings, this.#state.override, this.#title);
		renderPrintSummary(
			this.#q('[data-print-summary]'),
			this.#state,
			this.#card(this.#state.scorecard)?.title ?? 'Custom scorecard',
			this.#title,
		);
	}

	#update(change: (s: CalculatorState) => CalculatorState, rerender: 'result' | 'all' = 'result'): void {
		this.#state = change(this.#state);
		this.#save();
		if (rerender === 'all') this.#renderAll();
		else this.#renderResult();
	}

	#wire(): void {
		const form = this.#q<HTMLFormElement>('[data-form]');
		form.addEventListener('submit', (e) => e.preventDefault());
		this.#q('[data-scorecard]').addEventListener('change', (e) => {
			const id = (e.target as HTMLSelectElement).value;
			history.replaceState(null, '', `${location.pathname}?scorecard=${encodeURIComponent(id)}`);
			this.#error(null);
			this.#load(id);
		});
		form.addEventListener('change', (e) => {
			const t = e.target as HTMLInputElement;
			if (t.type === 'radio' && t.name.startsWith('rating-')) {
				const id = t.name.slice('rating-'.length);
				const value = Number(t.value);
				this.#update((s) => ({
					...s,
					ratings: { ...s.ratings, [id]: t.value !== '' && isRating(value) ? value : null },
				}));
			}
		});
		form.addEventListener('input', (e) => {
			const t = e.target as HTMLInputElement;
			if (t.matches('[data-note]'))
				this.#update((s) => ({ ...s, notes: { ...s.notes, [t.dataset['note']!]: t.value } }));
			if (t.matches('[data-candidate]')) this.#update((s) => ({ ...s, candidate: t.value }));
			if (t.matches('[data-interviewer]')) this.#update((s) => ({ ...s, interviewer: t.value }));
		});
		this.#wireCustom();
		this.#wireOverride();
		this.#wireExport();
	}

	#wireCustom(): void {
		const custom = this.#q('[data-custom]');
		const setCard = (change: (c: ScoringCard) => ScoringCard, rerender: 'all' | 'result' = 'all') =>
			this.#update((s) => ({ ...s, card: change(s.card) }), rerender);
		this.#q('[data-add-competency]').addEventListener('click', () => {
			const id = this.#q<HTMLSelectElement>('[data-add-select]').value;
			if (this.#state.card.weights.some((w) => w.competency === id))
				return this.#error(`${this.#title(id)} is already on the scorecard.`);
			this.#error(null);
			setCard((c) => ({
				...c,
				weights: [...c.weights, { competency: id, weight: 10, mustHave: false, minRating: null }],
			}));
		});
		custom.addEventListener('change', (e) => {
			const t = e.target as HTMLInputElement;
			const i = Number(t.dataset['weight'] ?? t.dataset['must'] ?? t.dataset['min'] ?? -1);
			const edit = (patch: object) =>
				setCard((c) => ({ ...c, weights: c.weights.map((w, j) => (j === i ? { ...w, ...patch } : w)) }));
			if (t.matches('[data-weight]')) edit({ weight: Number(t.value) });
			else if (t.matches('[data-must]')) edit({ mustHave: t.checked, minRating: t.checked ? 3 : null });
			else if (t.matches('[data-min]')) edit({ minRating: Number(t.value) });
			else if (t.matches('[data-pass], [data-hold], [data-coverage]')) {
				const pass = Number(this.#q<HTMLInputElement>('[data-pass]').value);
				const hold = Number(this.#q<HTMLInputElement>('[data-hold]').value);
				const coverage = Number(this.#q<HTMLInputElement>('[data-coverage]').value) / 100;
				if (!(hold >= 1 && hold <= pass && pass <= 4) || !(coverage >= 0 && coverage <= 1)) {
					return this.#error(
						'Thresholds must satisfy 1 ≤ hold ≤ pass ≤ 4, and coverage must be 0 to 100%. The previous values are kept.',
					);
				}
				this.#error(null);
				setCard((c) => ({ ...c, thresholds: { pass, hold }, minCoverage: coverage }), 'result');
			}
		});
		custom.addEventListener('click', (e) => {
			const t = e.target as HTMLElement;
			if (!t.matches('[data-remove]')) return;
			const i = Number(t.dataset['remove']);
			setCard((c) => ({ ...c, weights: c.weights.filter((_, j) => j !== i) }));
			this.#q<HTMLSelectElement>('[data-add-select]').focus();
		});
	}

	#wireOverride(): void {
		const status = this.#q('[data-override-status]');
		this.#q('[data-override-apply]').addEventListener('click', () => {
			const outcome = this.#q<HTMLSelectElement>('[data-override-outcome]').value;
			const evidence = this.#q<HTMLTextAreaElement>('[data-override-evidence]').value;
			const signedOffBy = this.#q<HTMLInputElement>('[data-override-by]').value;
			if (outcome !== 'pass' && outcome !== 'hold' && outcome !== 'decline') {
				status.textContent = 'Choose the outcome the override sets.';
				return;
			}
			const problem = overrideProblem({ evidence, signedOffBy });
			if (problem) {
				status.textContent = problem;
				return;
			}
			this.#update((s) => ({
				...s,
				override: { outcome, evidence: evidence.trim(), signedOffBy: signedOffBy.trim() },
			}));
			status.textContent = `Override applied: ${outcome}, signed off by ${signedOffBy.trim()}.`;
		});
		this.#q('[data-override-remove]').addEventListener('click', () => {
			this.#update((s) => ({ ...s, override: null }), 'all');
			status.textContent = 'Override removed.';
		});
	}

	#wireExport(): void {
		const status = this.#q('[data-export-status]');
		const say = (t: string) => (status.textContent = t);
		const ready = () => {
			const problem = weightProblem(this.#state.card.weights);
			if (problem) say(problem);
			return problem === null;
		};
		const cardTitle = () => this.#card(this.#state.scorecard)?.title ?? 'Custom scorecard';
		const md = () =>
			toMarkdown(this.#state, this.#title, cardTitle()) +
			(this.#evidence
				? handoffMarkdown(
						this.#evidence,
						this.#state.ratings,
						this.#state.card.weights.map((w) => w.competency),
						this.#title,
					)
				: '');
		const json = () => `${JSON.stringify(toExport(this.#state), null, 2)}\n`;
		const base = () =>
			`rating-${this.#state.scorecard}${this.#state.interviewer ? `-${this.#state.interviewer.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}`;
		this.#q('[data-copy-md]').addEventListener(
			'click',
			async () =>
				ready() &&
				say((await copy(md())) ? 'Markdown copied.' : 'The browser refused the clipboard; use Download instead.'),
		);
		this.#q('[data-copy-json]').addEventListener(
			'click',
			async () =>
				ready() &&
				say((await copy(json())) ? 'JSON copied.' : 'The browser refused the clipboard; use Download instead.'),
		);
		this.#q('[data-download-md]').addEventListener(
			'click',
			() => ready() && (download(`${base()}.md`, md(), 'text/markdown'), say('Markdown downloaded.')),
		);
		this.#q('[data-download-json]').addEventListener(
			'click',
			() => ready() && (download(`${base()}.json`, json(), 'application/json'), say('JSON downloaded.')),
		);
		this.#q('[data-share]').addEventListener('click', async () => {
			const withNotes = this.#q<HTMLInputElement>('[data-share-notes]').checked;
			const url = `${location.origin}${location.pathname}${toFragment(this.#state, withNotes)}`;
			this.#q<HTMLInputElement>('[data-share-url]').value = url;
			say(
				(await copy(url))
					? `Share link copied${withNotes ? ', with notes and names' : ' (ratings only)'}.`
					: 'Share link ready in the box; copy it from there.',
			);
		});
		this.#q('[data-clear]').addEventListener('click', () => {
			const n = storageRemoveByPrefix(PREFIX);
			history.replaceState(null, '', location.pathname + location.search);
			this.#error(null);
			this.#state = emptyState(
				this.#state.scorecard,
				this.#card(this.#state.scorecard) ? this.#plain(this.#card(this.#state.scorecard)!) : this.#defaultCustom(),
			);
			this.#renderAll();
			say(`Cleared: ${n} saved rating${n === 1 ? '' : 's'} removed from this browser.`);
		});
	}
}

customElements.define('rubric-calculator', RubricCalculator);
