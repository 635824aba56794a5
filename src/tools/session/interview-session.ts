/**
 * <interview-session>: a thin layer over src/lib/session.ts. It starts a session from a kit link
 * (or continues the one saved in this browser), saves every change, and on "Finish and rate"
 * hands the evidence per competency to the calculator. Question data comes from the site's own
 * /api/questions.json; nothing leaves the browser.
 */
import type { QuestionExport, ScorecardExport } from '../../lib/exports.ts';
import { toSearch } from '../../lib/kit-url.ts';
import * as S from '../../lib/session.ts';
import { readIsland } from '../../scripts/dom.ts';
import { renderClocks, renderHeader } from './session-header.ts';
import { ASK_START, wireFiles } from './session-files.ts';
import { wireKeys } from './session-keys.ts';
import { notesList, renderQuestion } from './session-question.ts';
import { deleteSession, loadSession, saveSession } from './session-store.ts';

interface SessionData {
	competencies: { id: string; title: string; includes: string[] }[];
	api: { questions: string; scorecards: string };
	calculator: string;
}

class InterviewSession extends HTMLElement {
	data!: SessionData;
	#bank = new Map<string, QuestionExport>();
	#cards: ScorecardExport[] = [];
	ctx!: S.SessionContext;
	state: S.SessionState | null = null;
	#q = <T extends Element = HTMLElement>(s: string) => this.querySelector<T>(s)!;

	async connectedCallback(): Promise<void> {
		this.data = readIsland<SessionData>(this, 'script[data-session]');
		// Shown only once filled in, so nothing already on screen moves (layout shift).
		const app = this.#q('[data-app]');
		try {
			const [qs, cards] = await Promise.all([fetch(this.data.api.questions), fetch(this.data.api.scorecards)]);
			for (const q of (await qs.json()) as QuestionExport[]) this.#bank.set(q.id, q);
			this.#cards = (await cards.json()) as ScorecardExport[];
		} catch {
			app.hidden = false;
			return this.error('The question bank could not be loaded from this site; reload the page to try again.');
		}
		const stages = new Map(this.#cards.map((c) => [c.id, c.stages.map((s) => s.minutes)]));
		this.ctx = { questions: this.#bank, stages };
		this.#wire();
		wireKeys(this);
		this.#start();
		app.hidden = false;
		setInterval(() => this.state && !this.#q('[data-main]').hidden && renderClocks(this, this.state, this.#bank), 1000);
	}

	error(message: string | null): void {
		Object.assign(this.#q('[data-error]'), { textContent: message ?? '', hidden: message === null });
	}

	say(text: string): void {
		this.#q('[data-status]').textContent = text;
	}
	#title = (id: string) => this.data.competencies.find((c) => c.id === id)?.title ?? id;
	card = () => this.#cards.find((c) => c.id === this.state?.kit.scorecard);

	#start(): void {
		const plan = S.planStart(location.search, loadSession(this.ctx), this.ctx);
		this.error(plan.messages.length > 0 ? plan.messages.join(' ') : null);
		if (plan.use) return this.use(plan.use);
		if (!plan.conflict) return;
		const { saved, incoming } = plan.conflict;
		const what = saved ? `The saved session is ${this.describe(saved)}.` : 'The saved session cannot be read.';
		const then = incoming ? 'Starting this kit deletes it.' : 'Delete it to start a new session from a kit.';
		const labels: [string, string] = [ASK_START[0], incoming ? ASK_START[1] : 'Delete it'];
		this.ask(`${what} ${then}`, saved, () => (incoming ? this.use(incoming) : this.cleared()), labels);
	}

	describe(s: S.SessionState): string {
		const card = this.#cards.find((c) => c.id === s.kit.scorecard);
		const done = s.kit.items.filter((i) => s.questions[i.id]?.asked).length;
		return `for ${card?.title ?? s.kit.scorecard}, ${done} of ${s.kit.items.length} questions asked`;
	}

	/** Asks before replacing saved work: keep (when there is something to keep) or replace. */
	ask(text: string, keep: S.SessionState | null, replace: () => void, labels = ASK_START): void {
		this.#q('[data-conflict]').hidden = false;
		this.#q('[data-main]').hidden = true;
		this.#q('[data-conflict-text]').textContent = text;
		const [k, r] = [this.#q<HTMLButtonElement>('[data-continue]'), this.#q<HTMLButtonElement>('[data-replace]')];
		[k.textContent, r.textContent] = labels;
		k.hidden = keep === null;
		k.onclick = () => keep && this.use(keep);
		r.onclick = () => {
			deleteSession();
			replace();
		};
	}

	use(state: S.SessionState): void {
		this.state = state;
		this.#save();
		history.replaceState(null, '', `${location.pathname}${toSearch(state.kit)}`);
		this.#show(true);
		this.render();
	}

	cleared(): void {
		this.state = null;
		this.#show(false);
		this.error('No session is saved in this browser now. Build a kit, then choose “Start interview”.');
	}

	/** The session's controls, export and delete included, are shown only while there is a session. */
	#show(session: boolean): void {
		this.#q('[data-conflict]').hidden = true;
		this.#q('[data-main]').hidden = !session;
		for (const e of this.querySelectorAll<HTMLElement>('[data-needs-session]')) e.hidden = !session;
	}

	#save(): void {
		if (this.state && !saveSession(this.state))
			this.say('This browser refused to save the session: export it before you close the tab.');
	}

	/** Applies a change to the state and saves it; `view` says how much to redraw. */
	update(change: (s: S.SessionState, now: number) => S.SessionState, view: 'none' | 'all' = 'none'): void {
		if (!this.state) return;
		this.state = change(this.state, Date.now());
		this.#save();
		if (view === 'all') this.render();
		else this.#header();
	}

	go(delta: number): void {
		if (!this.state) return;
		this.update((s, now) => S.goTo(s, s.current + delta, now), 'all');
		this.#q('#session-question-title').focus();
	}

	#header(): void {
		renderHeader(this, this.state!, this.card(), this.#bank);
	}

	render(): void {
		const s = this.state!;
		const item = s.kit.items[s.current]!;
		const pos = { index: s.current, count: s.kit.items.length, variation: item.variation, level: this.card()!.level };
		renderQuestion(this.#q('[data-question]'), this.#bank.get(item.id)!, pos, s.questions[item.id]!, this.#title);
		this.#q<HTMLInputElement>('[data-candidate]').value = s.candidate;
		this.#q<HTMLInputElement>('[data-interviewer]').value = s.interviewer;
		this.#header();
	}

	addNote(): void {
		const s = this.state!;
		const area = this.#q<HTMLTextAreaElement>('[data-note]');
		const id = s.kit.items[s.current]!.id;
		this.update((st, now) => S.addNote(st, id, area.value, now));
		area.value = '';
		this.#q('[data-notes]').replaceWith(notesList(this.#bank.get(id)!, this.state!.questions[id]!.notes));
	}

	#wire(): void {
		const id = () => this.state!.kit.items[this.state!.current]!.id;
		this.#q('[data-list]').addEventListener('click', (e) => {
			const to = (e.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset['go'];
			if (to !== undefined) this.go(Number(to) - this.state!.current);
		});
		this.#q('[data-prev]').addEventListener('click', () => this.go(-1));
		this.#q('[data-next]').addEventListener('click', () => this.go(1));
		this.#q('[data-clock]').addEventListener('click', () =>
			this.update((s, now) => (s.runningSince === null ? S.resume(s, now) : S.pause(s, now))),
		);
		const question = this.#q('[data-question]');
		question.addEventListener('change', (e) => {
			const t = e.target as HTMLInputElement;
			const i = Number(t.dataset['index']);
			if (t.dataset['point'])
				this.update((s) =>
					S.togglePoint(s, id(), t.dataset['point'] as S.PointKind, i, t.dataset['field'] as 'shown' | 'hinted'),
				);
			else if (t.dataset['flag']) this.update((s) => S.toggleFlag(s, id(), t.dataset['flag'] as S.FlagKind, i));
			else if (t.matches('[data-asked]')) this.update((s) => S.setAsked(s, id(), t.checked));
		});
		question.addEventListener('click', (e) => {
			const t = e.target as HTMLElement;
			if (t.matches('[data-add-note]')) this.addNote();
			const remove = t.dataset['removeNote'];
			if (remove === undefined) return;
			this.update((s) => S.removeNote(s, id(), Number(remove)));
			this.#q('[data-notes]').replaceWith(notesList(this.#bank.get(id())!, this.state!.questions[id()]!.notes));
			this.#q<HTMLTextAreaElement>('[data-note]').focus();
		});
		const name = (field: 'candidate' | 'interviewer') => (e: Event) =>
			this.update((s) => ({ ...s, [field]: (e.target as HTMLInputElement).value.slice(0, S.MAX_NAME) }));
		this.#q('[data-candidate]').addEventListener('input', name('candidate'));
		this.#q('[data-interviewer]').addEventListener('input', name('interviewer'));
		wireFiles(this);
	}
}

customElements.define('interview-session', InterviewSession);
export type { InterviewSession };
