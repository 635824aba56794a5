/**
 * One question of a kit as it shows and prints: warnings first (a retired or off-level question
 * from a link), the card and the chosen prompt, the controls (screen only), the rubric with the
 * variation's own note, follow-ups, red flags, a rating box and ruled space for notes.
 */
import type { QuestionExport } from '../../lib/exports.ts';
import { inlineRuns } from '../../lib/inline-code.ts';
import { questionWarnings, type KitItem, type KitQuestion } from '../../lib/kit.ts';
import { depthNeededWords } from '../../lib/rubric.ts';
import { RATINGS } from '../../lib/rating-scale.ts';
import { appendInline, el } from '../../scripts/dom.ts';

export interface CardContext {
	q: QuestionExport;
	item: KitItem;
	index: number;
	count: number;
	level: string;
	swaps: readonly KitQuestion[];
	title: (competency: string) => string;
	label: (rating: number) => string;
}

const inline = <T extends HTMLElement>(node: T, text: string) => appendInline(node, text, inlineRuns) as T;

/** A lead element (a heading or a sentence) and a list of frontmatter texts, in one wrapper. */
function titled(wrapper: 'dd' | 'div', lead: HTMLElement, items: readonly string[]): HTMLElement {
	const wrap = el(wrapper);
	const ul = el('ul');
	for (const x of items) ul.append(inline(el('li'), x));
	wrap.append(lead, ul);
	return wrap;
}

export function questionCard(c: CardContext): HTMLLIElement {
	const { q, item } = c;
	const li = el('li', null, { class: 'kit-question' });
	li.append(el('h3', `${q.title} (${q.minutes} min)`));
	for (const w of questionWarnings(q, c.level))
		li.append(el('p', `Warning: ${w}`, { class: 'callout warn kit-warning', role: 'note' }));
	li.append(el('p', `Competencies: ${q.competencies.map(c.title).join(', ')}`, { class: 'muted' }));
	li.append(inline(el('p', 'Interviewer card: ', { class: 'card-brief' }), q.brief));
	const variation = item.variation > 0 ? q.variations[item.variation - 1] : undefined;
	if (variation) li.append(el('p', `Variation ${item.variation} (in place of the main prompt):`, { class: 'muted' }));
	li.append(inline(el('p', null, { class: 'prompt' }), variation?.prompt ?? q.prompt));
	li.append(controls(c));
	li.append(rubric(c));
	if (variation?.rubricNote)
		li.append(
			inline(
				el('p', 'Rubric note for this variation: ', { class: 'callout kit-variation-note' }),
				variation.rubricNote,
			),
		);
	else if (variation)
		li.append(el('p', 'The rubric and follow-ups below apply to this variation as written.', { class: 'muted' }));
	if (q.ratingNote) li.append(inline(el('p', null, { class: 'callout' }), q.ratingNote));
	const bar = q.levelBars[c.level];
	if (bar) li.append(inline(el('p', `The bar at ${c.level}: `, { class: 'muted' }), bar));
	li.append(followUps(q), titled('div', el('h4', 'Red flags'), q.redFlags), ratingBox(q), notes());
	return li;
}

function controls(c: CardContext): HTMLElement {
	const { q, index: i } = c;
	const box = el('div', null, { class: 'no-print kit-controls' });
	const variation = el('select', null, {
		'aria-label': `Prompt for ${q.title}`,
		'data-variation': '',
		'data-index': String(i),
	});
	variation.append(
		el('option', 'Main prompt', { value: '0' }),
		...q.variations.map((v, n) =>
			el('option', `Variation ${n + 1}${v.rubricNote ? ' (own rubric note)' : ''}`, { value: String(n + 1) }),
		),
	);
	variation.value = String(c.item.variation);
	const swap = el('select', null, { 'aria-label': `Swap ${q.title} for`, 'data-swap-select': String(i) });
	swap.append(...c.swaps.map((s) => el('option', `${s.title} (${s.minutes} min)`, { value: s.id })));
	const button = (action: string, text: string, disabled = false) => {
		const b = el('button', text, {
			type: 'button',
			'data-action': action,
			'data-index': String(i),
			'aria-label': `${text}: ${q.title}`,
		});
		b.disabled = disabled;
		return b;
	};
	// Spaces between the controls, so their texts never run together ("SwapMove up").
	const parts = [
		variation,
		swap,
		button('swap', 'Swap', c.swaps.length === 0),
		button('up', 'Move up', i === 0),
		button('down', 'Move down', i === c.count - 1),
		button('remove', 'Remove'),
	];
	box.append(...parts.flatMap((part, n) => (n === 0 ? [part] : [' ', part])));
	return box;
}

function rubric(c: CardContext): HTMLElement {
	const { q } = c;
	const dl = el('dl', null, { class: 'rubric-v2', 'aria-label': `Rubric: ${q.title}` });
	const points = (lead: string, items: readonly string[]) => titled('dd', el('p', lead), items);
	// Each rating in its own <div> (allowed in a <dl>), so paper can set them side by side.
	const pair = (rating: number, dd: HTMLElement) => {
		const div = el('div');
		div.append(el('dt', `${rating} · ${c.label(rating)}`), dd);
		return div;
	};
	dl.append(
		pair(4, points(`Every must-show point, plus ${depthNeededWords(q)}:`, q.depth)),
		pair(3, points('All of these must-show points:', q.mustShow)),
		pair(2, inline(el('dd'), q.rubric['2'])),
		pair(1, inline(el('dd'), q.rubric['1'])),
	);
	return dl;
}

function followUps(q: QuestionExport): HTMLElement {
	const wrap = el('div', null, { class: 'kit-follow-ups' });
	const list = el('ul', null, { class: 'follow-ups' });
	for (const f of q.followUps) {
		const item = inline(el('li'), f.ask);
		item.append(el('br'), inline(el('span', 'Listen for: ', { class: 'listen-for' }), f.listenFor));
		list.append(item);
	}
	wrap.append(el('h4', 'Follow-ups'), list);
	return wrap;
}

/** Boxes to tick on paper: the four ratings and "not assessed" (never a low score). */
function ratingBox(q: QuestionExport): HTMLElement {
	const box = el('p', null, { class: 'kit-rating-box kit-print-only', 'aria-label': `Rating box for ${q.title}` });
	// Spaces between the boxes, so the text reads "Rating: 1 2 3 4 Not assessed", not "1234".
	box.append(el('span', 'Rating:', { class: 'kit-rating-lead' }));
	for (const r of RATINGS) box.append(' ', el('span', String(r), { class: 'kit-box' }));
	box.append(' ', el('span', 'Not assessed', { class: 'kit-box kit-box-wide' }));
	return box;
}

/** Ruled lines for notes on paper: enough for evidence, few enough to keep a question on one page. */
const NOTE_LINES = 4;

function notes(): HTMLElement {
	const wrap = el('div', null, { class: 'kit-notes' });
	const lines = el('div', null, { class: 'notes-lines', 'aria-hidden': 'true' });
	for (let n = 0; n < NOTE_LINES; n++) lines.append(el('span'));
	wrap.append(el('h4', 'Notes'), lines);
	return wrap;
}
