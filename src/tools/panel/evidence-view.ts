/** The panel's "evidence behind the ratings": one disclosure per competency, built as text. */
import type { EvidenceRow, InterviewerEvidence } from '../../lib/panel-evidence.ts';
import { evidenceLine } from '../../lib/session-handoff.ts';
import { el } from '../../scripts/dom.ts';

type Lookup = (id: string) => string;

function interviewerItem(who: InterviewerEvidence, competency: string): HTMLLIElement {
	const li = el('li');
	const rated = who.rating === null ? 'not assessed' : `rated ${who.rating}`;
	li.append(el('strong', `${who.interviewer}, ${rated}`));
	if (who.note) li.append(el('p', who.note, { class: 'evidence-note' }));
	else if (who.unsupported) li.append(el('p', 'Rated without written evidence: ask for it before discussing.'));
	if (who.items.length > 0) {
		const ul = el('ul', null, { 'aria-label': `Interview session evidence from ${who.interviewer} for ${competency}` });
		for (const item of who.items) ul.append(el('li', evidenceLine(item)));
		li.append(ul);
	}
	if (who.suggestion)
		li.append(
			el('p', `The session suggested ${who.suggestion.rating} (a suggestion, not a rating).`, { class: 'muted' }),
		);
	return li;
}

export function renderEvidence(target: Element, rows: readonly EvidenceRow[], title: Lookup): void {
	target.replaceChildren(
		...rows.map((row) => {
			const name = title(row.competency);
			const details = el('details', null, { class: 'panel-evidence', ...(row.discuss ? { open: '' } : {}) });
			const spread = row.discuss ? `spread ${row.spread}, discuss first` : `spread ${row.spread}`;
			details.append(el('summary', `${name}: ${spread}`));
			const ul = el('ul', null, { 'aria-label': `Evidence for ${name}` });
			for (const who of row.interviewers) ul.append(interviewerItem(who, name));
			details.append(ul);
			return details;
		}),
	);
}
