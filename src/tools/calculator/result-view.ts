/** The calculator's result, its compact summary and its print summary, built from plain values as text. */
import type { CalculatorState, Override } from '../../lib/calculator-state.ts';
import { own } from '../../lib/records.ts';
import {
	decisionRules,
	formulaInWords,
	ifNotAssessed,
	OUTCOME_LABEL,
	percentOf,
	score,
	sensitivity,
	type Ratings,
	type ScoringCard,
} from '../../lib/scoring.ts';
import { evidenceLine, type CompetencyEvidence, type SessionHandoff } from '../../lib/session-handoff.ts';
import { el } from '../../scripts/dom.ts';
import type { Lookup } from './competency-view.ts';

const composite = (c: number | null) => (c === null ? 'None yet' : c.toFixed(2));

export function renderResult(
	target: { result: Element; formula: Element; sensitivity: Element; rules: Element },
	card: ScoringCard,
	ratings: Ratings,
	override: Override | null,
	title: Lookup,
): void {
	const s = score(card, ratings, title);
	const facts = el('dl', null, { class: 'facts' });
	const add = (k: string, v: string) => facts.append(el('dt', k), el('dd', v));
	add('Composite', composite(s.composite));
	add(
		'Coverage',
		`${percentOf(s.assessedWeight, s.totalWeight)} of the weight assessed (${s.assessedWeight} of ${s.totalWeight})`,
	);
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
	target.sensitivity.replaceChildren(...sensitivityWords(card, ratings, title));
}

/** One-point changes of assessed ratings only, then (apart) the ratings the outcome rests on. */
function sensitivityWords(card: ScoringCard, ratings: Ratings, title: Lookup): HTMLElement[] {
	const changes = sensitivity(card, ratings);
	const out: HTMLElement[] = [];
	if (changes.length === 0) out.push(el('p', 'No: no single one-point change to a rating would change the outcome.'));
	else {
		const ul = el('ul');
		for (const c of changes)
			ul.append(
				el('li', `${title(c.competency)}: ${c.from} → ${c.to} would make it ${OUTCOME_LABEL[c.outcome].toLowerCase()}`),
			);
		out.push(
			el(
				'p',
				`Yes: ${changes.length} single change${changes.length === 1 ? '' : 's'} would change the outcome. A decision that hangs on one rating deserves another look at that evidence.`,
			),
			ul,
		);
	}
	const resting = ifNotAssessed(card, ratings);
	if (resting.length > 0) {
		const ul = el('ul', null, { class: 'resting' });
		for (const r of resting)
			ul.append(
				el(
					'li',
					`If ${title(r.competency)} had not been assessed, the outcome would be ${OUTCOME_LABEL[r.outcome].toLowerCase()}.`,
				),
			);
		out.push(
			el('p', 'The outcome also rests on these ratings being there; never leave one out to change an outcome:'),
			ul,
		);
	}
	return out;
}

/** The compact summary beside (or below) the form: not a live region; the result announces. */
export function renderSummary(
	target: Element,
	card: ScoringCard,
	ratings: Ratings,
	override: Override | null,
	custom: boolean,
): void {
	const s = score(card, ratings);
	const hangs = sensitivity(card, ratings).length;
	const items: [string, string][] = [
		['Composite', composite(s.composite)],
		['Coverage', percentOf(s.assessedWeight, s.totalWeight)],
		[
			'Outcome',
			override
				? `${OUTCOME_LABEL[override.outcome]} (override; ${OUTCOME_LABEL[s.outcome].toLowerCase()} by the ratings)`
				: OUTCOME_LABEL[s.outcome],
		],
		['Hangs on one rating', hangs === 0 ? 'No' : `Yes (${hangs} change${hangs === 1 ? '' : 's'})`],
	];
	if (custom) items.push(['Scorecard', 'Custom']);
	target.replaceChildren(...items.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
	target.setAttribute('data-outcome', override?.outcome ?? s.outcome);
}

/** A competency's note and, after an interview session, what it recorded (the suggestion named as one). */
function printEvidence(note: string, session: CompetencyEvidence | null | undefined): HTMLTableCellElement {
	const td = el('td', note);
	if (!session) return td;
	const ul = el('ul');
	for (const item of session.items) ul.append(el('li', evidenceLine(item)));
	if (session.suggestion) ul.append(el('li', `Session suggested ${session.suggestion.rating} (a suggestion).`));
	if (ul.childElementCount > 0) td.append(ul);
	return td;
}

/** The one-page summary that replaces the form when printing: ratings, evidence and the outcome. */
export function renderPrintSummary(
	target: Element,
	state: CalculatorState,
	cardTitle: string,
	title: Lookup,
	session: SessionHandoff | null,
): void {
	const s = score(state.card, state.ratings, title);
	const facts = el('dl', null, { class: 'facts' });
	const add = (k: string, v: string) => facts.append(el('dt', k), el('dd', v));
	add('Scorecard', cardTitle);
	add('Candidate', state.candidate || '________________________');
	add('Interviewer', state.interviewer || '________________________');
	add(
		'Composite',
		`${s.composite === null ? 'none yet' : s.composite.toFixed(2)} (coverage ${percentOf(s.assessedWeight, s.totalWeight)})`,
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
		const r = own(state.ratings, w.competency);
		tr.append(
			el('th', title(w.competency), { scope: 'row' }),
			el('td', String(w.weight)),
			el('td', r == null ? 'not assessed' : String(r)),
			printEvidence(own(state.notes, w.competency) ?? '', session && own(session.competencies, w.competency)),
		);
		table.append(tr);
	}
	target.replaceChildren(el('h2', 'Rating summary'), facts, table);
}
