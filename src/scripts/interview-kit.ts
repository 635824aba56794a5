/**
 * <interview-kit>: a thin layer over src/lib/kit.ts and kit-url.ts. The URL is the state: every
 * change rewrites it, so copying the address copies the kit. Question data comes from the site's
 * own /api/questions.json.
 */
import type { QuestionExport, ScorecardExport } from '../lib/exports.ts';
import {
	eligible,
	kitBudget,
	proposeKit,
	swapOptions,
	totalMinutes,
	type KitItem,
	type KitQuestion,
	type KitStageInput,
} from '../lib/kit.ts';
import { parseSearch, toSearch, MAX_MINUTES, MIN_MINUTES, type KitLink } from '../lib/kit-url.ts';
import { appendInline, copy, el, readIsland } from './dom.ts';
import { inlineRuns } from '../lib/inline-code.ts';
import { depthNeededWords } from '../lib/rubric.ts';

interface KitData {
	competencies: { id: string; title: string; includes: string[] }[];
	scale: { value: number; label: string }[];
	api: { questions: string; scorecards: string };
}

class InterviewKit extends HTMLElement {
	#data!: KitData;
	#bank: QuestionExport[] = [];
	#cards: ScorecardExport[] = [];
	#link!: KitLink;
	#items: KitItem[] = [];
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	async connectedCallback(): Promise<void> {
		this.#data = readIsland<KitData>(this, 'script[data-kit]');
		try {
			const [questions, cards] = await Promise.all([fetch(this.#data.api.questions), fetch(this.#data.api.scorecards)]);
			this.#bank = (await questions.json()) as QuestionExport[];
			this.#cards = (await cards.json()) as ScorecardExport[];
		} catch {
			this.#q('[data-app]').hidden = false;
			this.#error('The question bank could not be loaded from this site; reload the page to try again.');
			return;
		}
		this.#q('[data-app]').hidden = false;
		const select = this.#q<HTMLSelectElement>('[data-scorecard]');
		for (const c of this.#cards) select.append(el('option', c.title, { value: c.id }));
		this.#wire();
		this.#fromUrl();
	}

	#title = (id: string) => this.#data.competencies.find((c) => c.id === id)?.title ?? id;
	#question = (id: string) => this.#bank.find((q) => q.id === id);
	#card = () => this.#cards.find((c) => c.id === this.#link.scorecard)!;

	#stageInput(): KitStageInput & { name: string } {
		const card = this.#card();
		const stage = this.#link.stage === 'custom' ? null : card.stages[this.#link.stage];
		const ids = stage ? stage.competencies : card.weights.map((w) => w.competency);
		return {
			name: stage?.name ?? 'Custom stage',
			level: card.level,
			minutes: this.#link.minutes,
			focus: ids.map((id) => ({ competency: id, weight: card.weights.find((w) => w.competency === id)?.weight ?? 0 })),
			includes: Object.fromEntries(this.#data.competencies.map((c) => [c.id, c.includes])),
			suggested: stage?.questions ?? [],
		};
	}

	#kitBank(): KitQuestion[] {
		return this.#bank.map((q) => ({
			id: q.id,
			title: q.title,
			competencies: q.competencies,
			levels: q.levels,
			minutes: q.minutes,
			status: q.status,
			variations: q.variations,
		}));
	}

	#fromUrl(): void {
		const { link, problems } = parseSearch(location.search);
		const messages = [...problems];
		let card = this.#cards.find((c) => c.id === link.scorecard);
		if (link.scorecard && !card)
			messages.push(
				`There is no scorecard "${link.scorecard}" in this handbook (it may have been renamed); showing "${this.#cards[0]?.title}".`,
			);
		card ??= this.#cards[0]!;
		let stage = link.stage ?? 0;
		if (typeof stage === 'number' && !card.stages[stage]) {
			if (link.stage !== undefined) messages.push(`This scorecard has no stage ${stage + 1}; showing its first stage.`);
			stage = 0;
		}
		const minutes = link.minutes ?? (stage === 'custom' ? 60 : card.stages[stage]!.minutes);
		this.#link = { scorecard: card.id, stage, minutes, items: null };
		if (link.items) {
			const known = link.items.filter((i) => this.#question(i.id));
			for (const i of link.items.filter((x) => !this.#question(x.id)))
				messages.push(`The question "${i.id}" is no longer in the bank, so it was left out of the kit.`);
			this.#items = known.map((i) => {
				const variations = this.#question(i.id)!.variations.length;
				if (i.variation > variations)
					messages.push(`"${this.#question(i.id)!.title}" has no variation ${i.variation}; its main prompt is used.`);
				return { id: i.id, variation: i.variation <= variations ? i.variation : 0 };
			});
			this.#link.items = this.#items;
		} else {
			this.#items = proposeKit(this.#kitBank(), this.#stageInput()).questions.map((id) => ({ id, variation: 0 }));
		}
		this.#error(messages.length > 0 ? messages.join(' ') : null);
		this.#render(false);
	}

	#error(message: string | null): void {
		const box = this.#q('[data-error]');
		box.textContent = message ?? '';
		box.hidden = message === null;
	}

	/** Writes the kit into the URL: the exact list once the interviewer has edited it. */
	#commit(edited: boolean): void {
		if (edited) this.#link.items = this.#items;
		history.replaceState(null, '', `${location.pathname}${toSearch({ ...this.#link, items: this.#items })}`);
		this.#render(true);
	}

	#repropose(): void {
		this.#link.items = null;
		this.#items = proposeKit(this.#kitBank(), this.#stageInput()).questions.map((id) => ({ id, variation: 0 }));
		this.#error(null);
		this.#commit(false);
	}

	#wire(): void {
		this.#q('[data-form]').addEventListener('submit', (e) => e.preventDefault());
		this.#q('[data-scorecard]').addEventListener('change', (e) => {
			this.#link.scorecard = (e.target as HTMLSelectElement).value;
			this.#link.stage = 0;
			this.#link.minutes = this.#card().stages[0]!.minutes;
			this.#repropose();
		});
		this.#q('[data-stage]').addEventListener('change', (e) => {
			const v = (e.target as HTMLSelectElement).value;
			this.#link.stage = v === 'custom' ? 'custom' : Number(v);
			this.#link.minutes = this.#link.stage === 'custom' ? 60 : this.#card().stages[this.#link.stage]!.minutes;
			this.#repropose();
		});
		this.#q('[data-minutes]').addEventListener('change', (e) => {
			const n = Number((e.target as HTMLInputElement).value);
			if (!Number.isInteger(n) || n < MIN_MINUTES || n > MAX_MINUTES)
				return this.#error(`Minutes must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}.`);
			this.#link.minutes = n;
			this.#repropose();
		});
		this.#q('[data-propose]').addEventListener('click', () => this.#repropose());
		this.#q('[data-add-button]').addEventListener('click', () => {
			const id = this.#q<HTMLSelectElement>('[data-add]').value;
			if (!id) return;
			this.#items = [...this.#items, { id, variation: 0 }];
			this.#commit(true);
		});
		this.#q('[data-print]').addEventListener('click', () => window.print());
		this.#q('[data-copy-link]').addEventListener('click', async () => {
			this.#q('[data-link-status]').textContent = (await copy(location.href))
				? 'Link copied.'
				: 'Copy the address from the address bar.';
		});
		this.#q('[data-questions]').addEventListener('change', (e) => {
			const t = e.target as HTMLSelectElement;
			const i = Number(t.dataset['index']);
			if (t.matches('[data-variation]')) {
				this.#items = this.#items.map((item, j) => (j === i ? { ...item, variation: Number(t.value) } : item));
				this.#commit(true);
			}
		});
		this.#q('[data-questions]').addEventListener('click', (e) => {
			const t = e.target as HTMLElement;
			const action = t.dataset['action'];
			if (!action) return;
			const i = Number(t.dataset['index']);
			const items = [...this.#items];
			if (action === 'up' && i > 0) [items[i - 1], items[i]] = [items[i]!, items[i - 1]!];
			else if (action === 'down' && i < items.length - 1) [items[i + 1], items[i]] = [items[i]!, items[i + 1]!];
			else if (action === 'remove') items.splice(i, 1);
			else if (action === 'swap') {
				const to = this.querySelector<HTMLSelectElement>(`[data-swap-select="${i}"]`)?.value;
				if (!to) return;
				items[i] = { id: to, variation: 0 };
			}
			this.#items = items;
			this.#commit(true);
			const focus =
				action === 'remove'
					? this.#q('[data-add]')
					: this.querySelector<HTMLElement>(
							`[data-action="${action}"][data-index="${action === 'up' ? i - 1 : action === 'down' ? i + 1 : i}"]`,
						);
			focus?.focus();
		});
	}

	#render(keepFocus: boolean): void {
		const card = this.#card();
		const stage = this.#stageInput();
		const bank = this.#kitBank();
		const stageSelect = this.#q<HTMLSelectElement>('[data-stage]');
		stageSelect.replaceChildren(
			...card.stages.map((s, i) => el('option', `${s.name} (${s.minutes} min)`, { value: String(i) })),
			el('option', 'Custom stage (every weighted competency)', { value: 'custom' }),
		);
		stageSelect.value = String(this.#link.stage);
		this.#q<HTMLSelectElement>('[data-scorecard]').value = card.id;
		if (!keepFocus || document.activeElement !== this.#q('[data-minutes]'))
			this.#q<HTMLInputElement>('[data-minutes]').value = String(this.#link.minutes);

		const budget = kitBudget(this.#link.minutes);
		const used = totalMinutes(this.#items, bank);
		this.#q('[data-kit-title]').textContent = `Interview kit: ${card.title}`;
		this.#q('[data-kit-meta]').textContent =
			`Role: ${card.role} · Level: ${card.level} · Stage: ${stage.name} · ${this.#link.minutes} minutes`;
		this.#q('[data-summary]').textContent =
			`${this.#items.length} question${this.#items.length === 1 ? '' : 's'}, ${used} of ${budget} question minutes (${this.#link.minutes - budget} kept for introductions and the candidate’s questions).${used > budget ? ' Over time: remove or swap a question.' : ''}`;

		const coverage = this.#q('[data-coverage]');
		const proposal = proposeKit(
			bank.filter((q) => this.#items.some((i) => i.id === q.id)),
			{ ...stage, minutes: 10_000 },
		);
		// Why a competency is left out comes from a proposal over the whole bank: worked out once, if needed.
		let reasons: ReturnType<typeof proposeKit>['uncovered'] | undefined;
		coverage.replaceChildren(
			...stage.focus.map((f) => {
				const by = proposal.coverage.find((c) => c.competency === f.competency)?.questions ?? [];
				const why =
					by.length > 0
						? `covered by ${by.map((id) => this.#question(id)?.title).join('; ')}`
						: `not covered. ${(reasons ??= proposeKit(bank, stage).uncovered).find((u) => u.competency === f.competency)?.reason ?? 'Add a question on it.'}`;
				return el(
					'li',
					`${this.#title(f.competency)} (weight ${f.weight}): ${why}`,
					by.length === 0 ? { class: 'uncovered' } : {},
				);
			}),
		);

		this.#q('[data-questions]').replaceChildren(...this.#items.map((item, i) => this.#questionCard(item, i, stage)));
		const add = this.#q<HTMLSelectElement>('[data-add]');
		add.replaceChildren(
			el('option', 'Choose a question…', { value: '' }),
			...eligible(bank, card.level)
				.filter((q) => !this.#items.some((i) => i.id === q.id))
				.map((q) => el('option', `${q.title} (${q.minutes} min)`, { value: q.id })),
		);
	}

	#questionCard(item: KitItem, i: number, stage: KitStageInput): HTMLLIElement {
		const q = this.#question(item.id)!;
		const li = el('li', null, { class: 'kit-question' });
		li.append(el('h3', `${q.title} (${q.minutes} min)`));
		li.append(el('p', `Competencies: ${q.competencies.map(this.#title).join(', ')}`, { class: 'muted' }));
		li.append(appendInline(el('p', 'Interviewer card: ', { class: 'card-brief' }), q.brief, inlineRuns));
		const prompt = item.variation > 0 ? q.variations[item.variation - 1]! : q.prompt;
		li.append(appendInline(el('p', null, { class: 'prompt' }), prompt, inlineRuns));

		const controls = el('div', null, { class: 'no-print kit-controls' });
		const variation = el('select', null, {
			'aria-label': `Prompt for ${q.title}`,
			'data-variation': '',
			'data-index': String(i),
		});
		variation.append(
			el('option', 'Main prompt', { value: '0' }),
			...q.variations.map((_, v) => el('option', `Variation ${v + 1}`, { value: String(v + 1) })),
		);
		variation.value = String(item.variation);
		const swaps = swapOptions(this.#kitBank(), this.#items, q.id, stage);
		const swap = el('select', null, { 'aria-label': `Swap ${q.title} for`, 'data-swap-select': String(i) });
		swap.append(...swaps.map((s) => el('option', `${s.title} (${s.minutes} min)`, { value: s.id })));
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
			button('swap', 'Swap', swaps.length === 0),
			button('up', 'Move up', i === 0),
			button('down', 'Move down', i === this.#items.length - 1),
			button('remove', 'Remove'),
		];
		controls.append(...parts.flatMap((part, n) => (n === 0 ? [part] : [' ', part])));
		li.append(controls);

		const rubric = el('dl', null, { class: 'rubric-v2', 'aria-label': `Rubric: ${q.title}` });
		const label = (value: number) => this.#data.scale.find((p) => p.value === value)?.label ?? '';
		// A lead element (a heading or a sentence) and a list of frontmatter texts, in one wrapper.
		const titled = (wrapper: 'dd' | 'div', lead: HTMLElement, items: string[]) => {
			const wrap = el(wrapper);
			const ul = el('ul');
			for (const x of items) ul.append(appendInline(el('li'), x, inlineRuns));
			wrap.append(lead, ul);
			return wrap;
		};
		const points = (lead: string, items: string[]) => titled('dd', el('p', lead), items);
		rubric.append(
			el('dt', `4 · ${label(4)}`),
			points(`Every must-show point, plus ${depthNeededWords(q)}:`, q.depth),
			el('dt', `3 · ${label(3)}`),
			points('All of these must-show points:', q.mustShow),
			el('dt', `2 · ${label(2)}`),
			appendInline(el('dd'), q.rubric['2'], inlineRuns),
			el('dt', `1 · ${label(1)}`),
			appendInline(el('dd'), q.rubric['1'], inlineRuns),
		);
		li.append(rubric);
		if (q.ratingNote) li.append(appendInline(el('p', null, { class: 'callout' }), q.ratingNote, inlineRuns));
		const bar = q.levelBars[this.#card().level];
		if (bar)
			li.append(appendInline(el('p', `The bar at ${this.#card().level}: `, { class: 'muted' }), bar, inlineRuns));
		const list = (title: string, items: string[]) => titled('div', el('h4', title), items);
		const followUps = el('div');
		followUps.append(el('h4', 'Follow-ups'));
		const fl = el('ul', null, { class: 'follow-ups' });
		for (const f of q.followUps) {
			const item = appendInline(el('li'), f.ask, inlineRuns);
			item.append(el('br'), appendInline(el('span', 'Listen for: ', { class: 'listen-for' }), f.listenFor, inlineRuns));
			fl.append(item);
		}
		followUps.append(fl);
		li.append(
			followUps,
			list('Red flags', q.redFlags),
			el('h4', 'Notes'),
			el('div', null, { class: 'notes-lines', 'aria-hidden': 'true' }),
		);
		return li;
	}
}

customElements.define('interview-kit', InterviewKit);
