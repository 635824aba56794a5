/** One competency's rating group: a native radio group with large labels, its anchors and evidence. */
import type { CalculatorData } from '../../data/calculator.ts';
import { cardProblem } from '../../lib/card-rules.ts';
import { CUSTOM } from '../../lib/calculator-state.ts';
import { own } from '../../lib/records.ts';
import type { ScoringWeight } from '../../lib/scoring.ts';
import type { LevelId } from '../../lib/taxonomy.ts';
import { el } from '../../scripts/dom.ts';
import { showEvidence } from './calculator-session.ts';
import type { CalculatorHost } from './host.ts';

export type Lookup = (id: string) => string;

export function competencyFieldset(
	data: CalculatorData,
	weight: ScoringWeight,
	level: string,
	rating: number | null,
	note: string,
	title: Lookup,
): HTMLFieldSetElement {
	const competency = weight.competency;
	const fs = el('fieldset', null, { class: 'competency-rating', 'data-competency': competency });
	const must = weight.mustHave ? `, must-have: at least ${weight.minRating}` : '';
	fs.append(el('legend', `${title(competency)} (weight ${weight.weight}${must})`));
	const group = el('div', null, { class: 'rating-options' });
	const options: [string, string, string][] = data.scale.map((p) => [
		String(p.value),
		`${p.value} · ${p.label}`,
		p.definition,
	]);
	options.push(['', 'Not assessed', 'No evidence gathered; leaves the composite untouched.']);
	// Ids come from the content's entry ids, so they are safe in attributes; the index keeps them unique.
	for (const [value, label, definition] of options) {
		const id = `r-${competency}-${value || 'na'}`;
		const input = el('input', null, {
			type: 'radio',
			name: `rating-${competency}`,
			id,
			value,
			'aria-labelledby': `${id}-l`,
			'aria-describedby': `${id}-d`,
		});
		input.checked = value === '' ? rating === null : Number(value) === rating;
		// The whole row is the label, a touch target well over 44 px; the name is the short label only.
		const option = el('label', null, { class: 'rating-option', for: id });
		option.append(
			input,
			el('span', label, { id: `${id}-l`, class: 'rating-label' }),
			' ', // so label and definition never read as one word ("Strong noClear evidence")
			el('span', definition, { id: `${id}-d`, class: 'muted definition' }),
		);
		group.append(option);
	}
	fs.append(group);
	const anchors = data.competencies.find((c) => c.id === competency)?.anchors[level as LevelId];
	if (anchors && anchors.length > 0) {
		const details = el('details');
		details.append(el('summary', `What ${level} looks like`));
		const ul = el('ul');
		for (const a of anchors) ul.append(el('li', a));
		details.append(ul);
		fs.append(details);
	}
	const noteId = `n-${competency}`;
	fs.append(el('label', `Evidence for ${title(competency)}`, { for: noteId }), ' ');
	const textarea = el('textarea', null, { id: noteId, rows: '2', 'data-note': competency, maxlength: '5000' });
	textarea.value = note;
	fs.append(textarea);
	return fs;
}

/** Every competency of the card, or why there are none yet (a custom card whose weights do not sum). */
export function renderCompetencies(host: CalculatorHost, level: string): void {
	const box = host.q('[data-competencies]');
	const { card, ratings, notes, scorecard } = host.state();
	if (scorecard === CUSTOM && cardProblem(card) !== null)
		return box.replaceChildren(
			el('p', 'The calculator scores once the custom weights are whole numbers that sum to exactly 100.', {
				class: 'callout',
			}),
		);
	const title = (id: string) => host.titleOf(id);
	box.replaceChildren(
		...card.weights.map((w) =>
			competencyFieldset(
				host.data,
				w,
				level,
				own(ratings, w.competency) ?? null,
				own(notes, w.competency) ?? '',
				title,
			),
		),
	);
	const evidence = host.evidence();
	const label = (r: number) => host.data.scale.find((p) => p.value === r)?.label ?? '';
	for (const fs of evidence ? box.querySelectorAll<HTMLFieldSetElement>('fieldset[data-competency]') : []) {
		const id = fs.dataset['competency']!;
		showEvidence(fs, own(evidence!.competencies, id), title(id), label);
	}
}
