/**
 * <interview-kit>: a thin layer over src/lib/kit.ts and kit-url.ts. The URL is the state: every
 * change rewrites it, so copying the address copies the kit. Question and scorecard data come
 * from the site's own /api exports; the card markup is in kit-card.ts.
 */
import type { QuestionExport, ScorecardExport } from '../../lib/exports.ts';
import {
	kitSummary,
	proposeKit,
	stageInput,
	stageMinutes,
	swapOptions,
	totalMinutes,
	type KitItem,
	type KitStage,
} from '../../lib/kit.ts';
import { MAX_MINUTES, MIN_MINUTES, parseSearch, resolveKitLink, toSearch, type KitLink } from '../../lib/kit-url.ts';
import { copy, el, readIsland } from '../../scripts/dom.ts';
import { questionCard } from './kit-card.ts';
import { addOptions, coverageItems } from './kit-lists.ts';
import type { KitPageData } from './kit-data.ts';

class InterviewKit extends HTMLElement {
	#data!: KitPageData;
	#bank: QuestionExport[] = [];
	#byId = new Map<string, QuestionExport>();
	#cards: ScorecardExport[] = [];
	#includes: Record<string, string[]> = {};
	#link!: KitLink;
	#items: KitItem[] = [];
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	async connectedCallback(): Promise<void> {
		this.#data = readIsland<KitPageData>(this, 'script[data-kit]');
		this.#includes = Object.fromEntries(this.#data.competencies.map((c) => [c.id, c.includes]));
		try {
			const [questions, cards] = await Promise.all([fetch(this.#data.api.questions), fetch(this.#data.api.scorecards)]);
			this.#bank = (await questions.json()) as QuestionExport[];
			this.#cards = (await cards.json()) as ScorecardExport[];
		} catch {
			this.#cards = [];
		}
		this.#q('[data-app]').hidden = false;
		this.#byId = new Map(this.#bank.map((q) => [q.id, q]));
		const resolved = resolveKitLink(parseSearch(location.search), this.#cards, this.#bank, (card, stage, minutes) =>
			this.#propose(card.id, stage, minutes),
		);
		if (!resolved)
			return this.#error('The question bank could not be loaded from this site; reload the page to try again.');
		const select = this.#q<HTMLSelectElement>('[data-scorecard]');
		for (const c of this.#cards) select.append(el('option', c.title, { value: c.id }));
		this.#wire();
		this.#link = resolved.link;
		this.#items = resolved.items;
		this.#error(resolved.messages.length > 0 ? resolved.messages.join(' ') : null);
		this.#render(false);
	}

	#title = (id: string) => this.#data.competencies.find((c) => c.id === id)?.title ?? id;
	#card = (id = this.#link.scorecard) => this.#cards.find((c) => c.id === id)!;
	#stage = () => stageInput(this.#card(), this.#link.stage, this.#link.minutes, this.#includes);
	#propose = (card: string, stage: KitStage, minutes: number) =>
		proposeKit(this.#bank, stageInput(this.#card(card), stage, minutes, this.#includes)).questions;

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
		const { scorecard, stage, minutes } = this.#link;
		this.#items = this.#propose(scorecard, stage, minutes).map((id) => ({ id, variation: 0 }));
		this.#error(null);
		this.#commit(false);
	}

	#wire(): void {
		this.#q('[data-form]').addEventListener('submit', (e) => e.preventDefault());
		this.#q('[data-scorecard]').addEventListener('change', (e) => {
			this.#link.scorecard = (e.target as HTMLSelectElement).value;
			this.#link.stage = 0;
			this.#link.minutes = stageMinutes(this.#card(), 0);
			this.#repropose();
		});
		this.#q('[data-stage]').addEventListener('change', (e) => {
			const v = (e.target as HTMLSelectElement).value;
			this.#link.stage = v === 'custom' ? 'custom' : Number(v);
			this.#link.minutes = stageMinutes(this.#card(), this.#link.stage);
			this.#repropose();
		});
		this.#q('[data-minutes]').addEventListener('change', (e) => {
			const raw = (e.target as HTMLInputElement).value;
			const n = Number(raw);
			if (raw.trim() === '' || !Number.isInteger(n) || n < MIN_MINUTES || n > MAX_MINUTES)
				return this.#error(
					`Minutes available must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}; the kit still uses ${this.#link.minutes}.`,
				);
			this.#link.minutes = n;
			this.#repropose();
		});
		this.#q('[data-propose]').addEventListener('click', () => this.#repropose());
		this.#q('[data-add-button]').addEventListener('click', () => {
			const id = this.#q<HTMLSelectElement>('[data-add]').value;
			if (!this.#byId.has(id)) return;
			this.#items = [...this.#items, { id, variation: 0 }];
			this.#commit(true);
		});
		this.#q('[data-print]').addEventListener('click', () => window.print());
		this.#q('[data-copy-link]').addEventListener('click', async () => {
			const copied = await copy(location.href);
			this.#q('[data-link-status]').textContent = copied ? 'Link copied.' : 'Copy the address from the address bar.';
		});
		this.#q('[data-questions]').addEventListener('change', (e) => {
			const t = e.target as HTMLSelectElement;
			if (!t.matches('[data-variation]')) return;
			const i = Number(t.dataset['index']);
			this.#items = this.#items.map((item, j) => (j === i ? { ...item, variation: Number(t.value) } : item));
			this.#commit(true);
		});
		this.#q('[data-questions]').addEventListener('click', (e) => this.#act(e.target as HTMLElement));
	}

	/** Swap, move or remove one question, then put the focus where the hand expects it. */
	#act(t: HTMLElement): void {
		const action = t.dataset['action'];
		if (!action) return;
		const i = Number(t.dataset['index']);
		const items = [...this.#items];
		if (action === 'up' && i > 0) [items[i - 1], items[i]] = [items[i]!, items[i - 1]!];
		else if (action === 'down' && i < items.length - 1) [items[i + 1], items[i]] = [items[i]!, items[i + 1]!];
		else if (action === 'remove') items.splice(i, 1);
		else if (action === 'swap') {
			const to = this.querySelector<HTMLSelectElement>(`[data-swap-select="${i}"]`)?.value;
			if (!to || !this.#byId.has(to)) return;
			items[i] = { id: to, variation: 0 };
		}
		this.#items = items;
		this.#commit(true);
		const at = action === 'up' ? i - 1 : action === 'down' ? i + 1 : i;
		const focus =
			action === 'remove'
				? this.#q('[data-add]')
				: this.querySelector<HTMLElement>(`[data-action="${action}"][data-index="${at}"]`);
		focus?.focus();
	}

	#render(keepFocus: boolean): void {
		const card = this.#card();
		const stage = this.#stage();
		const stageSelect = this.#q<HTMLSelectElement>('[data-stage]');
		stageSelect.replaceChildren(
			...card.stages.map((s, i) => el('option', `${s.name} (${s.minutes} min)`, { value: String(i) })),
			el('option', 'Custom stage (every weighted competency)', { value: 'custom' }),
		);
		stageSelect.value = String(this.#link.stage);
		this.#q<HTMLSelectElement>('[data-scorecard]').value = card.id;
		if (!keepFocus || document.activeElement !== this.#q('[data-minutes]'))
			this.#q<HTMLInputElement>('[data-minutes]').value = String(this.#link.minutes);

		const used = totalMinutes(this.#items, this.#bank);
		const n = this.#items.length;
		this.#q('[data-kit-title]').textContent = `Interview kit: ${card.title}`;
		this.#q('[data-kit-meta]').textContent =
			`Role: ${card.role} · Level: ${card.level} · Stage: ${stage.name} · ${this.#link.minutes} minutes`;
		this.#q('[data-summary]').textContent = kitSummary(n, used, this.#link.minutes);
		this.#q('[data-coverage]').replaceChildren(
			...coverageItems(stage, this.#items, this.#bank, this.#title, () => proposeKit(this.#bank, stage).uncovered),
		);
		this.#q('[data-questions]').replaceChildren(
			...this.#items.map((item, index) =>
				questionCard({
					q: this.#byId.get(item.id)!,
					item,
					index,
					count: n,
					level: card.level,
					swaps: swapOptions(this.#bank, this.#items, item.id, stage),
					title: this.#title,
					label: (value) => this.#data.scale.find((p) => p.value === value)?.label ?? '',
				}),
			),
		);
		this.#q<HTMLSelectElement>('[data-add]').replaceChildren(...addOptions(this.#bank, this.#items, card.level));
		const onward = (s: string, query: string) =>
			(this.#q<HTMLAnchorElement>(s).href = this.#q(s).dataset['base'] + query);
		onward('[data-session-link]', toSearch({ ...this.#link, items: this.#items }));
		onward('[data-calculator-link]', `?scorecard=${encodeURIComponent(card.id)}`);
	}
}

customElements.define('interview-kit', InterviewKit);
