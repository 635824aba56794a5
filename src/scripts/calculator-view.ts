/** Rendering for the rubric calculator: builds DOM from plain values, always as text. */
import type { CalculatorData } from '../data/calculator.ts';
import { el } from './dom.ts';
import type { CalculatorState } from '../lib/calculator-state.ts';
import { decisionRules, formulaInWords, score, sensitivity, type Ratings, type ScoringCard } from '../lib/scoring.ts';

export type Lookup = (id: string) => string;

/** One fieldset per competency: a native radio group named after it, anchors and evidence. */
export function competencyFieldset(
	data: CalculatorData,
	competency: string,
	weight: { weight: number; mustHave: boolean; minRating?: number | null | undefined },
	level: string,
	rating: number | null,
	note: string,
	title: Lookup,
): HTMLFieldSetElement {
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
	for (const [value, label, definition] of options) {
		const id = `r-${competency}-${value || 'na'}`;
		const input = el('input', null, {
			type: 'radio',
			name: `rating-${competency}`,
			id,
			value,
			'aria-describedby': `${id}-d`,
		});
		input.checked = value === '' ? rating === null : Number(value) === rating;
		const wrap = el('div', null, { class: 'rating-option' });
		wrap.append(
			input,
			el('label', label, { for: id }),
			' ', // so label and definition never read as one word ("Strong noClear evidence")
			el('span', definition, { id: `${id}-d`, class: 'muted definition' }),
		);
		group.append(wrap);
	}
	fs.append(group);
	const anchors = data.competencies.find((c) => c.id === competency)?.anchors[level];
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

/** How each outcome is written on the calculator and the panel. */
export const OUTCOME_LABEL = { pass: 'Pass', hold: 'Hold', decline: 'Decline', incomplete: 'Incomplete' } as const;

export function renderResult(
	target: { result: Element; formula: Element; sensitivity: Element; rules: Element },
	card: ScoringCard,
	ratings: Ratings,
	override: { outcome: 'pass' | 'hold' | 'decline'; signedOffBy: string } | null,
	title: Lookup,
): void {
	const s = score(card, ratings, title);
	const facts = el('dl', null, { class: 'facts' });
	const add = (k: string, v: string) => facts.append(el('dt', k), el('dd', v));
	add('Composite', s.composite === null ? 'None yet' : s.composite.toFixed(2));
	add('Coverage', `${Math.round(s.coverage * 100)}% of the weight assessed (${s.assessedWeight} of ${s.totalWeight})`);
	add('Outcome', OUTCOME_LABEL[s.outcome]);
	add('Why', s.reason);
	if (override) add('Override', `${OUTCOME_LABEL[override.outcome]}, signed off by ${override.signedOffBy}`);
	// Outside the live region: the rules change with the card, not with each rating.
	const rules = el('details', null, { class: 'decision-rules' });
	rules.append(el('summary', 'The decision rules of this scorecard'));
	const ol = el('ol');
	for (const rule of decisionRules(card, title)) ol.append(el('li', rule));
	rules.append(ol);
	target.rules.replaceChildren(rules);
	target.result.replaceChildren(facts);
	target.result.setAttribute('data-outcome', override?.outcome ?? s.outcome);
	target.formula.textContent = `Composite = ${formulaInWords(card, ratings)}`;

	const changes = sensitivity(card, ratings);
	if (changes.length === 0) {
		target.sensitivity.replaceChildren(el('p', 'No: no single one-point change to a rating would change the outcome.'));
		return;
	}
	const ul = el('ul');
	for (const c of changes)
		ul.append(
			el('li', `${title(c.competency)}: ${c.from} → ${c.to} would make it ${OUTCOME_LABEL[c.outcome].toLowerCase()}`),
		);
	target.sensitivity.replaceChildren(
		el(
			'p',
			`Yes: ${changes.length} single change${changes.length === 1 ? '' : 's'} would change the outcome. A decision that hangs on one rating deserves another look at that evidence.`,
		),
		ul,
	);
}

/** The one-page summary that replaces the form when printing: ratings, evidence and the outcome. */
export function renderPrintSummary(target: Element, state: CalculatorState, cardTitle: string, title: Lookup): void {
	const s = score(state.card, state.ratings, title);
	const facts = el('dl', null, { class: 'facts' });
	const add = (k: string, v: string) => facts.append(el('dt', k), el('dd', v));
	add('Scorecard', cardTitle);
	add('Candidate', state.candidate || '________________________');
	add('Interviewer', state.interviewer || '________________________');
	add(
		'Composite',
		`${s.composite === null ? 'none yet' : s.composite.toFixed(2)} (coverage ${Math.round(s.coverage * 100)}%)`,
	);
	add('Outcome', `${OUTCOME_LABEL[s.outcome]}: ${s.reason}`);
	if (state.override)
		add(
			'Override',
			`${OUTCOME_LABEL[state.override.outcome]}, signed off by ${state.override.signedOffBy}: ${state.override.evidence}`,
		);
	const table = el('table');
	const head = el('tr');
	for (const h of ['Competency', 'Weight', 'Rating', 'Evidence']) head.append(el('th', h, { scope: 'col' }));
	table.append(head);
	for (const w of state.card.weights) {
		const tr = el('tr');
		const r = state.ratings[w.competency];
		tr.append(
			el('th', title(w.competency), { scope: 'row' }),
			el('td', String(w.weight)),
			el('td', r == null ? 'not assessed' : String(r)),
			el('td', state.notes[w.competency] ?? ''),
		);
		table.append(tr);
	}
	target.replaceChildren(el('h2', 'Rating summary'), facts, table);
}
