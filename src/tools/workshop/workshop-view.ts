/**
 * The workshop's DOM: rater columns of the sheet and the two results tables, built from data.
 * Names and titles are set as text, never parsed as HTML. Events are wired by the element.
 */
import {
	formatDifference,
	formatTwo,
	raterResults,
	sampleResults,
	type WorkshopRater,
	type WorkshopSample,
} from '../../lib/calibration-stats.ts';
import { RATINGS } from '../../lib/rating-scale.ts';
import { MAX_NAME } from '../../lib/workshop-sheet.ts';
import { el } from '../../scripts/dom.ts';

export const removeLabel = (i: number, name: string) => `Remove rater ${i + 1} (${name})`;

/** Rebuilds the rater columns: a name box and a remove button on top, a rating menu per sample. */
export function renderSheet(root: HTMLElement, raters: readonly WorkshopRater[]): void {
	const head = root.querySelector('[data-head]')!;
	head.querySelectorAll('[data-rater-col]').forEach((c) => c.remove());
	raters.forEach((rater, i) => {
		const th = el('th', null, { scope: 'col', 'data-rater-col': '' });
		const input = el('input', null, {
			type: 'text',
			'aria-label': `Name of rater ${i + 1}`,
			'data-rater-name': String(i),
			maxlength: String(MAX_NAME),
			autocomplete: 'off',
		});
		input.value = rater.name;
		const remove = el('button', 'Remove', {
			type: 'button',
			'data-remove-rater': String(i),
			'aria-label': removeLabel(i, rater.name),
		});
		th.append(input, ' ', remove);
		head.append(th);
	});
	for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-sample]')) {
		const sampleId = row.dataset['sample']!;
		const title = row.querySelector('th')?.textContent?.trim() ?? sampleId;
		row.querySelectorAll('[data-rater-col]').forEach((c) => c.remove());
		raters.forEach((rater, i) => {
			const td = el('td', null, { 'data-rater-col': '' });
			const select = el('select', null, {
				'aria-label': `Rating by rater ${i + 1} for ${title}`,
				'data-rate': String(i),
				'data-sample-id': sampleId,
			});
			select.append(el('option', 'Not rated', { value: '' }));
			for (const r of RATINGS) select.append(el('option', String(r), { value: String(r) }));
			const value = Object.hasOwn(rater.ratings, sampleId) ? rater.ratings[sampleId] : undefined;
			select.value = value === undefined ? '' : String(value);
			td.append(select);
			row.append(td);
		});
	}
}

function row(cell: 'th' | 'td', values: readonly string[]): HTMLTableRowElement {
	const tr = el('tr');
	values.forEach((v, i) => {
		if (cell === 'th') tr.append(el('th', v, { scope: 'col' }));
		else tr.append(i === 0 ? el('th', v, { scope: 'row' }) : el('td', v));
	});
	return tr;
}

export function renderResults(
	root: HTMLElement,
	samples: readonly WorkshopSample[],
	raters: readonly WorkshopRater[],
): void {
	root
		.querySelector('[data-rater-results]')!
		.replaceChildren(
			el('caption', 'Leniency or severity of each rater', { class: 'visually-hidden' }),
			row('th', ['Rater', 'Samples rated', 'Mean difference', 'Mean distance', 'Reading']),
			...raterResults(samples, raters).map((r) =>
				row('td', [
					r.name,
					String(r.rated),
					formatDifference(r.meanDifference),
					formatTwo(r.meanAbsoluteDifference),
					r.reading,
				]),
			),
		);
	root.querySelector('[data-sample-results]')!.replaceChildren(
		el('caption', 'Agreement on each sample', { class: 'visually-hidden' }),
		row('th', ['Sample', 'Reference', 'Ratings', 'Mean', 'Spread']),
		...sampleResults(samples, raters).map((s) => {
			const tr = row('td', [
				s.title,
				String(s.reference),
				s.ratings.join(', ') || '–',
				formatTwo(s.mean),
				s.discuss ? `${s.spread} (discuss)` : String(s.spread),
			]);
			if (s.discuss) tr.classList.add('discuss');
			return tr;
		}),
	);
}
