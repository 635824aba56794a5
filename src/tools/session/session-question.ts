/**
 * One question of the session as DOM: the interviewer card, the prompt to read aloud, the points
 * and flags to tick, the follow-ups and the timed notes. Built from plain values, always as text.
 */
import type { QuestionExport } from '../../lib/exports.ts';
import { inlineRuns } from '../../lib/inline-code.ts';
import { depthNeededWords, RUBRIC_RULES } from '../../lib/rubric.ts';
import type { FlagKind, PointKind, QuestionEvidence, SessionNote } from '../../lib/session.ts';
import { appendInline, el } from '../../scripts/dom.ts';

const inline = <T extends HTMLElement>(node: T, text: string) => appendInline(node, text, inlineRuns) as T;

function pointList(
	q: QuestionExport,
	kind: PointKind,
	marks: QuestionEvidence['mustShow'],
	legend: string,
	rule: string,
): HTMLFieldSetElement {
	const fs = el('fieldset', null, { class: 'session-points' });
	fs.append(el('legend', legend), el('p', rule, { class: 'muted' }));
	const ul = el('ul', null, { role: 'list' });
	q[kind].forEach((text, i) => {
		const id = `s-${kind}-${i}`;
		const shown = el('input', null, {
			type: 'checkbox',
			id,
			'data-point': kind,
			'data-index': String(i),
			'data-field': 'shown',
			'data-tick': '',
		});
		shown.checked = marks[i]!.shown;
		const hint = el('input', null, {
			type: 'checkbox',
			id: `${id}-hint`,
			'data-point': kind,
			'data-index': String(i),
			'data-field': 'hinted',
			'aria-label': `Hint given: ${inlineRuns(text)
				.map((r) => r.text)
				.join('')}`,
		});
		hint.checked = marks[i]!.hinted;
		const li = el('li', null, { class: 'session-point' });
		const main = el('label', null, { for: id });
		const hintLabel = el('label', null, { for: hint.id, class: 'hint-label' });
		hintLabel.append(hint, ' Hint given');
		main.prepend(shown, ' ');
		li.append(inline(main, text), hintLabel);
		ul.append(li);
	});
	fs.append(ul);
	return fs;
}

function flagList(q: QuestionExport, kind: FlagKind, flags: boolean[], legend: string): HTMLFieldSetElement | null {
	if (q[kind].length === 0) return null;
	const fs = el('fieldset', null, { class: `session-points session-${kind}` });
	fs.append(el('legend', legend));
	const ul = el('ul', null, { role: 'list' });
	q[kind].forEach((text, i) => {
		const box = el('input', null, { type: 'checkbox', 'data-flag': kind, 'data-index': String(i), 'data-tick': '' });
		box.checked = flags[i]!;
		const label = el('label');
		label.append(box, ' ');
		const li = el('li', null, { class: 'session-point' });
		li.append(inline(label, text));
		ul.append(li);
	});
	fs.append(ul);
	return fs;
}

export function notesList(q: QuestionExport, notes: readonly SessionNote[]): HTMLElement {
	const list = el('ol', null, { class: 'session-notes', 'data-notes': '', 'aria-label': `Notes on ${q.title}` });
	notes.forEach((n, i) => {
		const li = el('li');
		li.append(
			el('span', `Minute ${n.minute} (stage minute ${n.stageMinute}): `, { class: 'muted' }),
			el('span', n.text, { class: 'note-text' }),
			' ',
			el('button', 'Delete note', {
				type: 'button',
				'data-remove-note': String(i),
				'aria-label': `Delete note ${i + 1}: ${n.text.slice(0, 40)}`,
			}),
		);
		list.append(li);
	});
	return list;
}

export function renderQuestion(
	target: HTMLElement,
	q: QuestionExport,
	position: { index: number; count: number; variation: number; level: string },
	e: QuestionEvidence,
	titles: (id: string) => string,
): void {
	const head = el('h2', `Question ${position.index + 1} of ${position.count}: ${q.title}`, {
		id: 'session-question-title',
		tabindex: '-1',
	});
	const clock = el('p', null, { class: 'session-row' });
	clock.append(
		el('span', null, { class: 'session-clock', role: 'timer', 'aria-live': 'off', 'data-question-clock': '' }),
	);
	const asked = el('input', null, { type: 'checkbox', 'data-asked': '' });
	asked.checked = e.asked;
	const askedLabel = el('label', null, { class: 'hint-label' });
	askedLabel.append(asked, ' Asked in this interview (untick if you skipped it)');
	clock.append(askedLabel);

	const card = inline(el('p', 'Interviewer card: ', { class: 'card-brief' }), q.brief);
	const prompt = el('div', null, { class: 'session-prompt' });
	const variation = position.variation > 0 ? q.variations[position.variation - 1] : undefined;
	prompt.append(
		el('p', variation ? `Read aloud (variation ${position.variation}):` : 'Read aloud:', { class: 'muted' }),
		inline(el('p', null, { class: 'prompt' }), variation?.prompt ?? q.prompt),
	);
	if (variation?.rubricNote)
		prompt.append(inline(el('p', 'Rubric note for this variation: ', { class: 'callout' }), variation.rubricNote));
	const bar = q.levelBars[position.level];
	const followUps = el('section', null, { 'aria-label': `Follow-ups for ${q.title}` });
	followUps.append(el('h3', 'Follow-ups'));
	const fl = el('ul', null, { class: 'follow-ups' });
	for (const f of q.followUps) {
		const li = inline(el('li'), f.ask);
		li.append(el('br'), inline(el('span', 'Listen for: ', { class: 'listen-for' }), f.listenFor));
		fl.append(li);
	}
	followUps.append(fl);

	const notes = el('section', null, { 'aria-label': `Notes on ${q.title}` });
	const noteId = 'session-note';
	const textarea = el('textarea', null, { id: noteId, rows: '3', maxlength: '2000', 'data-note': '' });
	notes.append(
		el('h3', 'Notes'),
		el('label', `Note on ${q.title} (stamped with the minute)`, { for: noteId }),
		textarea,
		el('p', null, { class: 'session-row' }),
		notesList(q, e.notes),
	);
	notes.children[3]!.append(el('button', 'Add note', { type: 'button', 'data-add-note': '' }));

	target.replaceChildren(
		...[
			head,
			clock,
			el('p', `Competencies: ${q.competencies.map(titles).join(', ')}`, { class: 'muted' }),
			card,
			prompt,
			bar ? inline(el('p', `The bar at ${position.level}: `, { class: 'muted' }), bar) : null,
			pointList(q, 'mustShow', e.mustShow, 'Must-show points (a 3 needs all of them)', RUBRIC_RULES[2]),
			pointList(q, 'depth', e.depth, `Depth points (a 4 also needs ${depthNeededWords(q)})`, RUBRIC_RULES[4]),
			q.ratingNote ? inline(el('p', null, { class: 'callout' }), q.ratingNote) : null,
			flagList(q, 'greenFlags', e.greenFlags, 'Green flags seen'),
			flagList(q, 'redFlags', e.redFlags, 'Red flags seen'),
			followUps,
			notes,
		].filter((n): n is HTMLElement => n !== null),
	);
}
