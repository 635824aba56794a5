/** The custom scorecard editor: weights, must-haves and thresholds, checked by the shared card rules. */
import { cardProblem, cardProblems, type CardRule } from '../../lib/card-rules.ts';
import { CUSTOM } from '../../lib/calculator-state.ts';
import type { ScoringCard } from '../../lib/scoring.ts';
import { el } from '../../scripts/dom.ts';
import type { CalculatorHost } from './host.ts';

export function renderCustom(host: CalculatorHost): void {
	const custom = host.state().scorecard === CUSTOM;
	host.q('[data-custom]').hidden = !custom;
	if (!custom) return;
	const card = host.state().card;
	host.q<HTMLInputElement>('[data-pass]').value = String(card.thresholds.pass);
	host.q<HTMLInputElement>('[data-hold]').value = String(card.thresholds.hold);
	host.q<HTMLInputElement>('[data-coverage]').value = String(Math.round(card.minCoverage * 100));
	const table = host.q('[data-custom-table]');
	const head = el('tr');
	for (const h of ['Competency', 'Weight', 'Must-have', 'Minimum', '']) head.append(el('th', h, { scope: 'col' }));
	table.replaceChildren(el('caption', 'Competencies of the custom scorecard', { class: 'visually-hidden' }), head);
	card.weights.forEach((w, i) => {
		const name = host.titleOf(w.competency);
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
		const cells = [el('td'), el('td'), el('td'), el('td')];
		[weight, must, min, remove].forEach((control, j) => cells[j]!.append(control));
		const tr = el('tr');
		tr.append(el('th', name, { scope: 'row' }), ...cells);
		table.append(tr);
	});
	host.q('[data-weight-status]').textContent = cardProblem(card) ?? 'Weights sum to 100: ready to score.';
}

const THRESHOLD_RULES: readonly CardRule[] = ['threshold-range', 'thresholds-order', 'coverage-range'];

export function wireCustom(host: CalculatorHost): void {
	const setCard = (change: (c: ScoringCard) => ScoringCard, rerender: 'all' | 'result' = 'all') =>
		host.update((s) => ({ ...s, card: change(s.card) }), rerender);
	host.q('[data-add-competency]').addEventListener('click', () => {
		const id = host.q<HTMLSelectElement>('[data-add-select]').value;
		if (host.state().card.weights.some((w) => w.competency === id))
			return host.error(`${host.titleOf(id)} is already on the scorecard.`);
		host.error(null);
		setCard((c) => ({
			...c,
			weights: [...c.weights, { competency: id, weight: 10, mustHave: false, minRating: null }],
		}));
	});
	const custom = host.q('[data-custom]');
	custom.addEventListener('change', (e) => {
		const t = e.target as HTMLInputElement;
		const i = Number(t.dataset['weight'] ?? t.dataset['must'] ?? t.dataset['min'] ?? -1);
		const edit = (patch: object) =>
			setCard((c) => ({ ...c, weights: c.weights.map((w, j) => (j === i ? { ...w, ...patch } : w)) }));
		if (t.matches('[data-weight]')) edit({ weight: Number(t.value) });
		else if (t.matches('[data-must]')) edit({ mustHave: t.checked, minRating: t.checked ? 3 : null });
		else if (t.matches('[data-min]')) edit({ minRating: Number(t.value) });
		else if (t.matches('[data-pass], [data-hold], [data-coverage]')) {
			const thresholds = {
				pass: Number(host.q<HTMLInputElement>('[data-pass]').value),
				hold: Number(host.q<HTMLInputElement>('[data-hold]').value),
			};
			const minCoverage = Number(host.q<HTMLInputElement>('[data-coverage]').value) / 100;
			// The same card rules as the schema and the link parser; the weights have their own status line.
			const problem = cardProblems({ ...host.state().card, thresholds, minCoverage }).find((p) =>
				THRESHOLD_RULES.includes(p.rule),
			);
			if (problem) return host.error(`${problem.advice} The previous values are kept.`);
			host.error(null);
			setCard((c) => ({ ...c, thresholds, minCoverage }), 'result');
		}
	});
	custom.addEventListener('click', (e) => {
		const t = e.target as HTMLElement;
		if (!t.matches('[data-remove]')) return;
		const i = Number(t.dataset['remove']);
		setCard((c) => ({ ...c, weights: c.weights.filter((_, j) => j !== i) }));
		host.q<HTMLSelectElement>('[data-add-select]').focus();
	});
}
