/** The panel's tables and its outcome, built from plain values as text. */
import type { PanelEntry } from '../../lib/panel.ts';
import type { PanelSummary } from '../../lib/panel.ts';
import { DISCUSS_SPREAD } from '../../lib/rating-scale.ts';
import { OUTCOME_LABEL, type PanelDecision } from '../../lib/scoring.ts';
import { el } from '../../scripts/dom.ts';

type Lookup = (id: string) => string;
const q = <T extends Element = HTMLElement>(root: ParentNode, s: string) => root.querySelector<T>(s)!;

export function renderRatings(root: ParentNode, summary: PanelSummary, caption: string, title: Lookup): void {
	const table = q(root, '[data-ratings]');
	const head = el('tr');
	for (const h of ['Competency (weight)', ...summary.interviewers.map((i) => i.name), 'Mean', 'Spread'])
		head.append(el('th', h, { scope: 'col' }));
	table.replaceChildren(el('caption', caption), head);
	for (const row of summary.rows) {
		const tr = el('tr', null, row.discuss ? { class: 'discuss' } : {});
		tr.append(el('th', `${title(row.competency)} (${row.weight})`, { scope: 'row' }));
		for (const r of row.ratings) tr.append(el('td', r === null ? '–' : String(r)));
		tr.append(
			el('td', row.mean === null ? '–' : row.mean.toFixed(2)),
			el('td', row.discuss ? `${row.spread}: discuss` : String(row.spread)),
		);
		table.append(tr);
	}
}

/** One row per interviewer, with where the card came from and a control to remove them. */
export function renderInterviewers(root: ParentNode, summary: PanelSummary, entries: readonly PanelEntry[]): void {
	const table = q(root, '[data-interviewers]');
	const head = el('tr');
	for (const h of ['Interviewer', 'Composite', 'Outcome', 'After override', 'File', ''])
		head.append(el('th', h, { scope: 'col' }));
	table.replaceChildren(el('caption', 'Each interviewer’s composite and outcome', { class: 'visually-hidden' }), head);
	summary.interviewers.forEach((i, n) => {
		const entry = entries[n]!;
		const source =
			entry.state.scorecard === 'custom'
				? `${entry.file} (custom scorecard)`
				: entry.notices.length > 0
					? `${entry.file} (its copy of the card differed; scored by the handbook’s)`
					: entry.file;
		const remove = el('button', `Remove ${i.name}`, { type: 'button', 'data-remove': String(n) });
		const tr = el('tr');
		tr.append(
			el('th', i.name, { scope: 'row' }),
			el('td', i.composite === null ? '–' : i.composite.toFixed(2)),
			el('td', OUTCOME_LABEL[i.outcome]),
			el('td', OUTCOME_LABEL[i.finalOutcome]),
			el('td', source),
			el('td'),
		);
		tr.lastElementChild!.append(remove);
		table.append(tr);
	});
}

export function renderPanelFacts(
	root: ParentNode,
	summary: PanelSummary,
	decision: PanelDecision,
	title: Lookup,
): void {
	const flagged = summary.rows.filter((r) => r.discuss).map((r) => title(r.competency));
	const alpha = summary.agreement.alpha;
	q(root, '[data-panel]').replaceChildren(
		el('dt', 'Interviewers'),
		el('dd', String(summary.interviewers.length)),
		el('dt', 'Panel composite'),
		el(
			'dd',
			summary.composite === null
				? '–'
				: `${summary.composite.toFixed(2)} (weighted mean of each competency’s mean rating)`,
		),
		el('dt', 'To discuss first'),
		el(
			'dd',
			flagged.length === 0 ? `No competency has a spread of ${DISCUSS_SPREAD} points or more.` : flagged.join(', '),
		),
		el('dt', 'Agreement (Krippendorff’s alpha, ordinal)'),
		el(
			'dd',
			`${alpha === null ? 'not defined' : alpha.toFixed(2)} from ${summary.agreement.pairable} paired ratings. ${summary.agreement.reading}`,
		),
	);
	const steps = el('ol', null, { class: 'prose' });
	for (const step of decision.steps) steps.append(el('li', step));
	q(root, '[data-panel-outcome]').replaceChildren(
		el('p', `Panel outcome: ${OUTCOME_LABEL[decision.outcome]}`, {
			class: 'panel-outcome',
			'data-outcome': decision.outcome,
		}),
		steps,
	);
}

/** A list of messages, or nothing; each message is text. */
export function renderMessages(box: HTMLElement, messages: readonly string[]): void {
	if (messages.length <= 1) box.replaceChildren(...messages.map((m) => el('p', m)));
	else {
		const ul = el('ul');
		for (const m of messages) ul.append(el('li', m));
		box.replaceChildren(ul);
	}
	if (box.matches('[data-error]')) box.hidden = messages.length === 0;
}
