/** The kit's summary lists: what each focus competency is covered by, and the "Add a question" menu. */
import type { QuestionExport } from '../../lib/exports.ts';
import {
	covers,
	eligible,
	type KitItem,
	type KitProposal,
	type KitQuestion,
	type KitStageInput,
} from '../../lib/kit.ts';
import { el } from '../../scripts/dom.ts';

/**
 * The coverage list: each focus competency with the kit's questions on it, or why none is there
 * (`reasons`, a proposal over the whole bank, is worked out only when a competency is uncovered).
 */
export function coverageItems(
	stage: KitStageInput,
	items: readonly KitItem[],
	bank: readonly QuestionExport[],
	title: (competency: string) => string,
	reasons: () => KitProposal['uncovered'],
): HTMLLIElement[] {
	const inKit = items.flatMap((i) => bank.filter((q) => q.id === i.id));
	let uncovered: KitProposal['uncovered'] | undefined;
	return stage.focus.map((f) => {
		const by = inKit.filter((q) => covers(q, f.competency, stage.includes));
		const why =
			by.length > 0
				? `covered by ${by.map((q) => q.title).join('; ')}`
				: `not covered. ${(uncovered ??= reasons()).find((u) => u.competency === f.competency)?.reason ?? 'Add a question on it.'}`;
		return el(
			'li',
			`${title(f.competency)} (weight ${f.weight}): ${why}`,
			by.length === 0 ? { class: 'uncovered' } : {},
		);
	});
}

/** The "Add a question" menu: questions the builder would propose for the level, not yet in the kit. */
export function addOptions(
	bank: readonly KitQuestion[],
	items: readonly KitItem[],
	level: string,
): HTMLOptionElement[] {
	return [
		el('option', 'Choose a question…', { value: '' }),
		...eligible(bank, level)
			.filter((q) => !items.some((i) => i.id === q.id))
			.map((q) => el('option', `${q.title} (${q.minutes} min)`, { value: q.id })),
	];
}
