/**
 * <calculator-panel>: imports exports, each judged alone (src/lib/panel.ts), and renders the
 * panel. One bad file never blocks the others; every file refused or changed is named.
 */
import type { CalculatorData } from '../../data/calculator.ts';
import type { HandbookLookup } from '../../lib/card-authority.ts';
import { addToPanel, loadPanel, savePanel, summarisePanel, type PanelEntry } from '../../lib/panel.ts';
import { panelEvidence } from '../../lib/panel-evidence.ts';
import { panelScore } from '../../lib/scoring.ts';
import { legacyMoves, PANEL_KEY } from '../../lib/storage-keys.ts';
import { readIsland, storageGet, storageMove, storageRemove, storageSet } from '../../scripts/dom.ts';
import { renderEvidence } from './evidence-view.ts';
import { renderInterviewers, renderMessages, renderPanelFacts, renderRatings } from './panel-view.ts';

const MAX_FILE_BYTES = 1_000_000;

class CalculatorPanel extends HTMLElement {
	#entries: PanelEntry[] = [];
	#titles = new Map<string, string>();
	#cards = new Map<string, CalculatorData['scorecards'][number]>();
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;
	#title = (id: string) => this.#titles.get(id) ?? id;
	#handbook: HandbookLookup = (id) => {
		const c = this.#cards.get(id);
		return c && { title: c.title, card: c.card };
	};

	connectedCallback(): void {
		const data = readIsland<CalculatorData>(this, 'script[data-calculator]');
		this.#titles = new Map(data.competencies.map((c) => [c.id, c.title]));
		this.#cards = new Map(data.scorecards.map((s) => [s.id, s]));
		this.#q('[data-app]').hidden = false;
		storageMove(legacyMoves);
		const restored = loadPanel(storageGet(PANEL_KEY), this.#handbook, this.#title);
		this.#entries = restored.entries;
		this.#report([], restored.notices);
		if (restored.notices.length > 0) this.#save();
		this.#q<HTMLInputElement>('[data-files]').addEventListener('change', async (e) => {
			const input = e.target as HTMLInputElement;
			const files = Array.from(input.files ?? []);
			const texts = await Promise.all(files.map((f) => (f.size > MAX_FILE_BYTES ? null : f.text())));
			this.#import(files.map((f, i) => ({ file: f.name, text: texts[i] ?? null })));
			input.value = '';
		});
		this.#q('[data-add-paste]').addEventListener('click', () => {
			const area = this.#q<HTMLTextAreaElement>('[data-paste]');
			if (this.#import([{ file: 'the pasted text', text: area.value }])) area.value = '';
		});
		this.#q('[data-clear]').addEventListener('click', () => {
			const n = this.#entries.length;
			this.#entries = [];
			storageRemove(PANEL_KEY);
			this.#render();
			this.#report(
				[
					`Cleared the panel: ${n} export${n === 1 ? '' : 's'} removed from this browser. The calculator’s saved ratings are kept.`,
				],
				[],
			);
		});
		this.#q('[data-interviewers]').addEventListener('click', (e) => {
			const i = Number((e.target as HTMLElement).closest<HTMLElement>('[data-remove]')?.dataset['remove'] ?? -1);
			const gone = this.#entries[i];
			if (!gone) return;
			this.#entries.splice(i, 1);
			this.#save();
			this.#render();
			const name = gone.state.interviewer.trim() || `Interviewer ${i + 1}`;
			this.#report([`Removed ${name} (${gone.file}) from the panel: ${this.#entries.length} left.`], []);
			this.#q<HTMLElement>('[data-files]').focus();
		});
		this.#render();
	}

	/** Judges each file alone; returns whether every one was imported. */
	#import(files: { file: string; text: string | null }[]): boolean {
		const done: string[] = [];
		const refused: string[] = [];
		for (const { file, text } of files) {
			if (text === null) {
				refused.push(`Could not import ${file}: it is larger than 1 MB, so it is not a calculator export.`);
				continue;
			}
			const added = addToPanel(this.#entries, text, file, this.#handbook, this.#title);
			if (!added.ok) {
				refused.push(added.error);
				continue;
			}
			this.#entries.push(added.entry);
			const name = added.entry.state.interviewer.trim() || `interviewer ${this.#entries.length}`;
			done.push(`Imported ${file} (${name}).`, ...added.entry.notices);
		}
		if (done.length > 0) {
			this.#save();
			this.#render();
			done.push(`${this.#entries.length} in the panel.`);
		}
		this.#report(done, refused);
		return refused.length === 0;
	}

	#save(): void {
		storageSet(PANEL_KEY, savePanel(this.#entries));
	}

	#report(status: readonly string[], errors: readonly string[]): void {
		renderMessages(this.#q('[data-status]'), status);
		renderMessages(this.#q('[data-error]'), errors);
	}

	#render(): void {
		const results = this.#q('[data-results]');
		const first = this.#entries[0]?.state;
		results.hidden = !first;
		if (!first) return;
		const states = this.#entries.map((e) => e.state);
		const summary = summarisePanel(first.card, states, this.#title);
		const card = this.#cards.get(first.scorecard);
		const caption = card ? `Ratings for ${card.title}` : 'Ratings for a custom scorecard (not a handbook scorecard)';
		renderRatings(this, summary, caption, this.#title);
		renderEvidence(this.#q('[data-evidence]'), panelEvidence(summary, this.#entries), this.#title);
		renderInterviewers(this, summary, this.#entries);
		const decision = panelScore(
			first.card,
			states.map((s) => s.ratings),
			this.#title,
		);
		renderPanelFacts(this, summary, decision, this.#title);
	}
}

customElements.define('calculator-panel', CalculatorPanel);
