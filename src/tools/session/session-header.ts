/** The session's header: the kit, the list of questions with the current one marked, the clocks. */
import type { QuestionExport, ScorecardExport } from '../../lib/exports.ts';
import * as S from '../../lib/session.ts';
import { el } from '../../scripts/dom.ts';

export function renderHeader(
	root: HTMLElement,
	s: S.SessionState,
	card: ScorecardExport | undefined,
	bank: ReadonlyMap<string, QuestionExport>,
): void {
	const q = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
	const stage = s.kit.stage === 'custom' ? 'Custom stage' : (card?.stages[s.kit.stage]?.name ?? '');
	q('[data-kit-title]').textContent = `Interview session: ${card?.title ?? s.kit.scorecard}`;
	q('[data-kit-meta]').textContent =
		`Role: ${card?.role} · Level: ${card?.level} · Stage: ${stage} · ${s.kit.minutes} minutes`;
	q('[data-clock]').textContent = s.runningSince === null ? 'Start the clock' : 'Pause the clock';
	q('[data-list]').replaceChildren(
		...s.kit.items.map((item, i) => {
			const question = bank.get(item.id)!;
			const mark = s.questions[item.id]?.asked ? ' ✓' : '';
			const b = el('button', `${i + 1}. ${question.title} (${question.minutes} min)${mark}`, {
				type: 'button',
				'data-go': String(i),
			});
			if (i === s.current) b.setAttribute('aria-current', 'step');
			const li = el('li');
			li.append(b);
			return li;
		}),
	);
	q<HTMLButtonElement>('[data-prev]').disabled = s.current === 0;
	q<HTMLButtonElement>('[data-next]').disabled = s.current === s.kit.items.length - 1;
	// Starting the clock or ticking a point marks the question asked: keep its box in step.
	const asked = root.querySelector<HTMLInputElement>('[data-asked]');
	if (asked) asked.checked = s.questions[s.kit.items[s.current]!.id]?.asked ?? false;
	renderClocks(root, s, bank);
}

/** Runs every second while the page is open: only the two clock texts change. */
export function renderClocks(root: HTMLElement, s: S.SessionState, bank: ReadonlyMap<string, QuestionExport>): void {
	const now = Date.now();
	const minutes = bank.get(s.kit.items[s.current]!.id)!.minutes;
	root.querySelector('[data-stage-clock]')!.textContent = S.clockText('Stage', S.stageSeconds(s, now), s.kit.minutes);
	const qc = root.querySelector('[data-question-clock]');
	if (qc) qc.textContent = S.clockText('This question', S.questionSeconds(s, s.current, now), minutes);
}
