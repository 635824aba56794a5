/** Export (Markdown, JSON), the share link, and the calculator's own clear. */
import { cardProblem } from '../../lib/card-rules.ts';
import { toExport, toFragment, toMarkdown } from '../../lib/calculator-state.ts';
import { handoffMarkdown } from '../../lib/session-handoff.ts';
import { CALCULATOR_PREFIX } from '../../lib/storage-keys.ts';
import { copy, download, storageRemoveByPrefix } from '../../scripts/dom.ts';
import type { CalculatorHost } from './host.ts';

export function wireExport(host: CalculatorHost, cleared: () => void): void {
	const say = (t: string) => (host.q('[data-export-status]').textContent = t);
	const ready = () => {
		const problem = cardProblem(host.state().card);
		if (problem) say(problem);
		return problem === null;
	};
	const md = () => {
		const s = host.state();
		const evidence = host.evidence();
		const order = s.card.weights.map((w) => w.competency);
		const session = evidence ? handoffMarkdown(evidence, s.ratings, order, (id) => host.titleOf(id)) : '';
		return toMarkdown(s, (id) => host.titleOf(id), host.cardTitle()) + session;
	};
	const json = () => `${JSON.stringify(toExport(host.state(), new Date(), host.evidence()), null, 2)}\n`;
	const base = () => {
		const s = host.state();
		const who = s.interviewer
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
		return `rating-${s.scorecard}${who ? `-${who}` : ''}`;
	};
	const refused = 'The browser refused the clipboard; use Download instead.';
	const on = (selector: string, run: () => unknown) =>
		host.q(selector).addEventListener('click', () => void (ready() && run()));
	on('[data-copy-md]', async () => say((await copy(md())) ? 'Markdown copied.' : refused));
	on('[data-copy-json]', async () => say((await copy(json())) ? 'JSON copied.' : refused));
	on('[data-download-md]', () => (download(`${base()}.md`, md(), 'text/markdown'), say('Markdown downloaded.')));
	on('[data-download-json]', () => (download(`${base()}.json`, json(), 'application/json'), say('JSON downloaded.')));
	host.q('[data-share]').addEventListener('click', async () => {
		const withNotes = host.q<HTMLInputElement>('[data-share-notes]').checked;
		const url = `${location.origin}${location.pathname}${toFragment(host.state(), withNotes)}`;
		host.q<HTMLInputElement>('[data-share-url]').value = url;
		say(
			(await copy(url))
				? `Share link copied${withNotes ? ', with notes, names and any override' : ' (ratings only: no notes, names or override)'}.`
				: 'Share link ready in the box; copy it from there.',
		);
	});
	host.q('[data-clear]').addEventListener('click', () => {
		const n = storageRemoveByPrefix(CALCULATOR_PREFIX);
		cleared();
		say(
			`Cleared the calculator: saved ratings for ${n} scorecard${n === 1 ? '' : 's'} removed from this browser. The panel and the calibration workshop keep theirs.`,
		);
	});
}
