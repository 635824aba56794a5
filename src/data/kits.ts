/**
 * Kit links for reading pages, worked out at build time with the builder's own selection
 * (src/lib/kit.ts), so a page's "Start interview" link opens the kit the builder would propose.
 */
import { proposeKit, stageInput, type KitQuestion } from '../lib/kit.ts';
import { toSearch } from '../lib/kit-url.ts';
import { getCompetencies, getQuestions, getScorecards, type ScorecardEntry } from './content.ts';
import { href } from './url.ts';

let cache: Promise<{ bank: KitQuestion[]; includes: Record<string, string[]> }> | undefined;

function inputs() {
	cache ??= (async () => ({
		bank: (await getQuestions()).map((q) => ({
			id: q.id,
			title: q.data.title,
			competencies: q.data.competencies,
			levels: q.data.levels,
			minutes: q.data.minutes,
			status: q.data.status,
			variations: q.data.variations,
		})),
		includes: Object.fromEntries((await getCompetencies()).map((c) => [c.id, c.data.includes])),
	}))();
	return cache;
}

// A stage's proposal is the same for every page that links it (the scorecard page and each
// question the stage suggests), so it is worked out once per build.
const proposals = new Map<string, string[]>();

async function proposal(card: ScorecardEntry, index: number): Promise<string[]> {
	const key = `${card.id}#${index}`;
	let ids = proposals.get(key);
	if (!ids) {
		const { bank, includes } = await inputs();
		const stage = card.data.stages[index]!;
		ids = proposeKit(bank, stageInput({ id: card.id, ...card.data }, index, stage.minutes, includes)).questions;
		proposals.set(key, ids);
	}
	return ids;
}

/** Per stage of the scorecard: its kit builder link and a session link on the proposed kit (null when none). */
export async function stageLinks(card: ScorecardEntry): Promise<{ kit: string; session: string | null }[]> {
	return Promise.all(
		card.data.stages.map(async (stage, index) => {
			const base = { scorecard: card.id, stage: index, minutes: stage.minutes };
			const ids = stage.rates ? await proposal(card, index) : [];
			return {
				kit: href(`kits/${toSearch({ ...base, items: null })}`),
				session:
					ids.length > 0
						? href(`kits/session/${toSearch({ ...base, items: ids.map((id) => ({ id, variation: 0 })) })}`)
						: null,
			};
		}),
	);
}

/** The scorecard stages that suggest a question, each with a kit link that includes it. */
export async function stagesSuggesting(
	id: string,
): Promise<{ scorecard: string; title: string; stage: string; kit: string }[]> {
	const out: { scorecard: string; title: string; stage: string; kit: string }[] = [];
	for (const card of await getScorecards())
		for (const [index, stage] of card.data.stages.entries()) {
			if (!stage.questions.includes(id)) continue;
			const proposed = await proposal(card, index);
			const ids = proposed.includes(id) ? proposed : [...proposed, id];
			const items = ids.map((q) => ({ id: q, variation: 0 }));
			out.push({
				scorecard: card.id,
				title: card.data.title,
				stage: stage.name,
				kit: href(`kits/${toSearch({ scorecard: card.id, stage: index, minutes: stage.minutes, items })}`),
			});
		}
	return out;
}
