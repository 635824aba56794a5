/**
 * The calculator's side of "Finish and rate": reads the evidence the interview session handed
 * over (validated, never trusted), and shows it under each competency with the suggested rating,
 * labelled as a suggestion. It never sets a rating: the interviewer does.
 */
import { evidenceLine, parseHandoff, type CompetencyEvidence, type SessionHandoff } from '../../lib/session-handoff.ts';
import { HANDOFF_KEY } from '../../lib/storage-keys.ts';
import { el, storageGet } from '../../scripts/dom.ts';

/** The handoff for this scorecard when the page was opened with `session=1`; null when not asked for. */
export function readSessionEvidence(
	scorecard: string,
	competencies: readonly string[],
): { ok: true; value: SessionHandoff } | { ok: false; error: string } | null {
	if (new URLSearchParams(location.search).get('session') !== '1') return null;
	const text = storageGet(HANDOFF_KEY);
	if (text === null)
		return {
			ok: false,
			error: 'No evidence from an interview session is stored in this browser (it may have been deleted).',
		};
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		raw = null;
	}
	const parsed = parseHandoff(raw, scorecard, competencies);
	return parsed.ok ? parsed : { ok: false, error: `The interview session’s evidence cannot be used: ${parsed.error}.` };
}

/** Puts a competency's session evidence right under its legend, before the rating options. */
export function showEvidence(
	fieldset: HTMLFieldSetElement,
	evidence: CompetencyEvidence | undefined,
	title: string,
	label: (rating: number) => string,
): void {
	const box = el('div', null, { class: 'session-evidence callout' });
	const s = evidence?.suggestion;
	if (!evidence || (!s && evidence.items.length === 0)) {
		box.append(el('p', 'No question asked in the session covers this competency: no evidence and no suggestion.'));
	} else {
		if (s) {
			const p = el('p');
			p.append(el('strong', `Suggested rating (a suggestion; you set the rating): ${s.rating} · ${label(s.rating)}`));
			box.append(p, el('p', s.reason, { class: 'muted' }));
		}
		const ul = el('ul', null, { 'aria-label': `Evidence from the interview session for ${title}` });
		for (const item of evidence.items) ul.append(el('li', evidenceLine(item)));
		if (evidence.items.length === 0) ul.append(el('li', 'Asked, but nothing was ticked or noted.'));
		box.append(ul);
	}
	fieldset.querySelector('legend')!.after(box);
}

/**
 * Shows the session's introduction (the rule behind the suggestions, rating alone) when there is
 * evidence; with ratings saved earlier for this scorecard, offers to clear them first, since
 * they may be another candidate's. Clearing is the interviewer's choice, never automatic.
 */
export function showSessionIntro(root: HTMLElement, shown: boolean, savedWork: boolean, clear: () => void): void {
	const intro = root.querySelector<HTMLElement>('[data-session-intro]')!;
	intro.hidden = !shown;
	const fresh = intro.querySelector<HTMLElement>('[data-session-fresh]')!;
	fresh.hidden = !(shown && savedWork);
	fresh.querySelector('button')!.onclick = () => {
		clear();
		fresh.hidden = true;
	};
}
