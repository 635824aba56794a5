/**
 * Opening a share link. Saved work for the link's scorecard is never replaced without asking:
 * keep mine, open theirs to view only (nothing saved), or replace mine, with undo.
 */
import type { Judged } from '../../lib/card-authority.ts';
import { hasWork, sameWork, type CalculatorState } from '../../lib/calculator-state.ts';
import { readStored } from '../../lib/card-authority.ts';
import { calculatorKey } from '../../lib/storage-keys.ts';
import { storageGet } from '../../scripts/dom.ts';
import type { CalculatorHost } from './host.ts';

export class LinkChoice {
	#host: CalculatorHost;
	#pending: { mine: CalculatorState; theirs: Judged } | null = null;
	/** True while the link's state is on screen, unsaved; edits made meanwhile travel with "replace". */
	#viewing = false;

	constructor(host: CalculatorHost) {
		this.#host = host;
		for (const box of ['[data-link-choice]', '[data-view-banner]'])
			host.q(box).addEventListener('click', (e) => {
				const choice = (e.target as HTMLElement).closest<HTMLElement>('[data-choice]')?.dataset['choice'];
				if (choice) this.#choose(choice);
			});
		host.q('[data-undo]').addEventListener('click', () => this.#undo());
	}

	#undoTo: CalculatorState | null = null;

	/** Opens a judged link: at once when nothing saved would be lost, otherwise after asking. */
	open(theirs: Judged): void {
		const host = this.#host;
		const id = theirs.state.scorecard;
		history.replaceState(null, '', `${location.pathname}?scorecard=${encodeURIComponent(id)}`);
		this.#hide();
		const mine = readStored(storageGet(calculatorKey(id)), id, host.handbook, (id: string) => host.titleOf(id)).state;
		if (mine && hasWork(mine) && !sameWork(mine, theirs.state)) {
			this.#pending = { mine, theirs };
			host.show(mine, false);
			const by = theirs.state.interviewer.trim();
			host.q('[data-link-choice-text]').textContent =
				`The link carries ratings for “${host.cardTitle()}”${by ? ` by ${by}` : ''}, and this browser holds your own saved work for that scorecard. Nothing changes until you choose.`;
			host.q('[data-link-choice]').hidden = false;
			host.q<HTMLButtonElement>('[data-link-choice] [data-choice="keep"]').focus();
			return;
		}
		host.show(theirs.state, false);
		host.save();
		host.error(theirs.notices.length > 0 ? theirs.notices : null);
	}

	#choose(choice: string): void {
		const host = this.#host;
		const pending = this.#pending;
		if (choice === 'back') {
			this.#hide();
			host.load(host.state().scorecard);
			host.error(null);
			return;
		}
		if (!pending) return;
		if (choice === 'keep') {
			this.#hide();
			this.#pending = null;
			host.error('Kept your saved work; the link was not opened. Open the link again to choose differently.');
		} else if (choice === 'view') {
			this.#hide();
			this.#viewing = true;
			host.show(pending.theirs.state, true);
			host.q('[data-view-banner]').hidden = false;
			host.error(pending.theirs.notices.length > 0 ? pending.theirs.notices : null);
		} else if (choice === 'replace') {
			this.#hide();
			this.#pending = null;
			this.#undoTo = pending.mine;
			host.show(this.#viewing ? host.state() : pending.theirs.state, false);
			host.save();
			host.error(pending.theirs.notices.length > 0 ? pending.theirs.notices : null);
			this.#offerUndo(`Replaced your saved work for “${host.cardTitle()}” with the link’s ratings.`, true);
		}
	}

	#undo(): void {
		if (!this.#undoTo) return;
		this.#host.show(this.#undoTo, false);
		this.#host.save();
		this.#undoTo = null;
		this.#host.error(null);
		this.#offerUndo('Restored your saved work; the link’s ratings were not kept.', false);
	}

	#offerUndo(text: string, undoable: boolean): void {
		this.#host.q('[data-undo-text]').textContent = text;
		this.#host.q('[data-undo]').hidden = !undoable;
		this.#host.q('[data-undo-box]').hidden = false;
		if (undoable) this.#host.q('[data-undo]').focus();
	}

	/** Closes every question and banner, e.g. when the user picks another scorecard. */
	close(): void {
		this.#pending = null;
		this.#hide();
	}

	#hide(): void {
		this.#viewing = false;
		for (const box of ['[data-link-choice]', '[data-view-banner]', '[data-undo-box]']) this.#host.q(box).hidden = true;
	}
}
