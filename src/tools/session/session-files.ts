/**
 * The session's data controls: export and import as JSON, delete, and "Finish and rate", which
 * hands the evidence per competency to the calculator through storage (never over the network).
 */
import { toHandoff } from '../../lib/session-evidence.ts';
import * as S from '../../lib/session.ts';
import { download } from '../../scripts/dom.ts';
import type { InterviewSession } from './interview-session.ts';
import { deleteSession, saveHandoff } from './session-store.ts';

/** The two answers when saved work is in the way of a kit link: keep it, or replace it. */
export const ASK_START: [string, string] = ['Continue the saved session', 'Delete it and start this kit'];

/** Larger files are refused unread: a session is a few kilobytes. */
const MAX_FILE = 2_000_000;

async function importFile(host: InterviewSession, input: HTMLInputElement): Promise<void> {
	const file = input.files?.[0];
	input.value = '';
	if (!file) return;
	const name = file.name.slice(0, 80);
	if (file.size > MAX_FILE)
		return host.error(
			`${name}: This file is ${file.size} bytes; a session export is a few kilobytes, so it is not read.`,
		);
	const parsed = S.parseSessionText(await file.text(), host.ctx);
	if (!parsed.ok) return host.error(`${name}: ${parsed.error}`);
	host.error(null);
	const current = host.state;
	if (!current) return host.use(parsed.value);
	host.ask(
		`Replace the session in this browser (${host.describe(current)}) with the imported one (${host.describe(parsed.value)})?`,
		current,
		() => host.use(parsed.value),
		['Keep the session in this browser', 'Replace it with the imported session'],
	);
}

function finish(host: InterviewSession): void {
	host.update((s, now) => S.pause(s, now));
	const card = host.card()!;
	const includes = Object.fromEntries(host.data.competencies.map((c) => [c.id, c.includes]));
	const competencies = card.weights.map((w) => w.competency);
	if (!saveHandoff(toHandoff(host.state!, host.ctx.questions, competencies, includes)))
		return host.say('This browser refused to store the evidence for the calculator.');
	location.assign(`${host.data.calculator}?scorecard=${encodeURIComponent(card.id)}&session=1`);
}

export function wireFiles(host: InterviewSession): void {
	const q = <T extends HTMLElement>(s: string) => host.querySelector<T>(s)!;
	q('[data-finish]').addEventListener('click', () => finish(host));
	q('[data-export]').addEventListener('click', () => {
		const s = host.state!;
		download(`session-${s.kit.scorecard}.json`, S.toSessionJson(s), 'application/json');
		host.say('Session downloaded as JSON.');
	});
	const input = q<HTMLInputElement>('[data-import]');
	input.addEventListener('change', () => void importFile(host, input));
	q('[data-delete]').addEventListener('click', () => {
		const n = deleteSession();
		host.cleared();
		host.say(`Deleted: ${n} saved item${n === 1 ? '' : 's'} of the session removed from this browser.`);
	});
}
