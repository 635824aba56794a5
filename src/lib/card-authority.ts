/**
 * Which definition of a scorecard decides. A share link, an exported file and saved work each
 * carry a copy of the card they were scored with; a copy can be stale or forged (a pass threshold
 * of 1). The rule, in one place for the link, the import, the stored state and the panel: a state
 * that names a handbook scorecard is scored with the handbook's definition, and the page says what
 * the carried copy had differently. A card built on the page is custom and labelled so; a state
 * that names a scorecard this handbook does not have is treated as custom too.
 */
import { CUSTOM, parseExport, parseLink, parseState, type CalculatorState, type Parsed } from './calculator-state.ts';
import { own, recordFrom } from './records.ts';
import { barRaiserWords, OUTCOME_LABEL, score, type ScoringCard } from './scoring.ts';

/** A handbook scorecard by id, as the page knows it. */
export type HandbookLookup = (id: string) => { title: string; card: ScoringCard } | undefined;

export interface Judged {
	/** The state to show and score, carrying the deciding card. */
	state: CalculatorState;
	source: 'handbook' | 'custom';
	/** Where the carried copy differed from the handbook's definition, one phrase each. */
	differences: string[];
	/** Everything the page must tell the user about what was changed or dropped, as sentences. */
	notices: string[];
}

const fixed = (x: number) => x.toFixed(2);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Each way the carried card differs from the handbook's, in words ("here" is the carried copy). */
export function cardDifferences(carried: ScoringCard, handbook: ScoringCard, label: (id: string) => string): string[] {
	const out: string[] = [];
	const mine = new Map(carried.weights.map((w) => [w.competency, w]));
	const theirs = new Map(handbook.weights.map((w) => [w.competency, w]));
	for (const h of handbook.weights) {
		const c = mine.get(h.competency);
		const name = label(h.competency);
		if (!c) {
			out.push(`${name} is missing (the handbook weights it ${h.weight})`);
			continue;
		}
		if (c.weight !== h.weight) out.push(`${name} weighs ${c.weight} here, ${h.weight} in the handbook`);
		if (c.mustHave !== h.mustHave)
			out.push(
				h.mustHave
					? `${name} is not a must-have here; in the handbook it is, at ${h.minRating} or above`
					: `${name} is a must-have here; in the handbook it is not`,
			);
		else if (h.mustHave && (c.minRating ?? null) !== (h.minRating ?? null))
			out.push(`${name} needs ${c.minRating} here, ${h.minRating} in the handbook`);
	}
	for (const c of carried.weights)
		if (!theirs.has(c.competency)) out.push(`${label(c.competency)} is weighted here but not on the handbook’s card`);
	for (const key of ['pass', 'hold'] as const)
		if (carried.thresholds[key] !== handbook.thresholds[key])
			out.push(
				`the ${key} threshold is ${fixed(carried.thresholds[key])} here, ${fixed(handbook.thresholds[key])} in the handbook`,
			);
	if (carried.minCoverage !== handbook.minCoverage)
		out.push(`the minimum coverage is ${pct(carried.minCoverage)} here, ${pct(handbook.minCoverage)} in the handbook`);
	const bar = (c: ScoringCard) => (c.barRaiser ? barRaiserWords(c.barRaiser) : 'no bar-raiser rule');
	if (bar(carried) !== bar(handbook))
		out.push(`the bar-raiser is ${bar(carried)} here, ${bar(handbook)} in the handbook`);
	return out;
}

/** What a state came in as, for the words of a notice. */
export type Carrier = 'link' | 'file' | 'saved work';
const THE = { link: 'This link', file: 'This file', 'saved work': 'Your saved work' } as const;

/**
 * Applies the rule: the handbook's definition decides for a handbook scorecard. An override of
 * what is, by the deciding card, an incomplete result is removed and said: an override is a
 * decision, and an incomplete result has none to override.
 */
export function judge(
	incoming: CalculatorState,
	handbook: HandbookLookup,
	label: (id: string) => string,
	carrier: Carrier,
): Judged {
	const judged = judgeCard(incoming, handbook, label, carrier);
	const { override, card, ratings } = judged.state;
	if (!override || score(card, ratings).outcome !== 'incomplete') return judged;
	return {
		...judged,
		state: { ...judged.state, override: null },
		notices: [
			...judged.notices,
			`The override to ${OUTCOME_LABEL[override.outcome]} signed off by ${override.signedOffBy} was removed: the result is incomplete, and an incomplete result cannot be overridden.`,
		],
	};
}

function judgeCard(
	incoming: CalculatorState,
	handbook: HandbookLookup,
	label: (id: string) => string,
	carrier: Carrier,
): Judged {
	const entry = incoming.scorecard === CUSTOM ? undefined : handbook(incoming.scorecard);
	if (!entry) {
		const notices =
			incoming.scorecard === CUSTOM
				? carrier === 'saved work'
					? []
					: [`${THE[carrier]} carries a custom scorecard: its weights and thresholds are its own, not the handbook’s.`]
				: [
						`${THE[carrier]} names a scorecard “${incoming.scorecard}” that this handbook does not have (it may have been renamed), so it is shown as a custom scorecard, scored by the definition it carries.`,
					];
		return { state: { ...incoming, scorecard: CUSTOM }, source: 'custom', differences: [], notices };
	}
	const differences = cardDifferences(incoming.card, entry.card, label);
	if (differences.length === 0)
		return { state: { ...incoming, card: entry.card }, source: 'handbook', differences, notices: [] };
	const notices = [
		`${THE[carrier]} carries its own copy of “${entry.title}”, which differs from the handbook’s: ${differences.join('; ')}. The handbook’s version decides: the ratings are scored by it.`,
	];
	const weighted = new Set(entry.card.weights.map((w) => w.competency));
	const dropped = Object.keys(incoming.ratings).filter((id) => !weighted.has(id) && own(incoming.ratings, id) != null);
	const keep = <T>(r: Record<string, T>) => recordFrom(Object.entries(r).filter(([id]) => weighted.has(id)));
	if (dropped.length > 0)
		notices.push(
			`The ratings of ${dropped.map(label).join(', ')} were left out: the handbook’s scorecard does not weight ${dropped.length === 1 ? 'it' : 'them'}.`,
		);
	let override = incoming.override;
	if (override) {
		const before = score(incoming.card, incoming.ratings).outcome;
		const after = score(entry.card, keep(incoming.ratings)).outcome;
		if (before !== after || dropped.length > 0) {
			notices.push(
				`The override to ${OUTCOME_LABEL[override.outcome]} signed off by ${override.signedOffBy} was removed: it was written against a result of ${OUTCOME_LABEL[before]}, and by the handbook’s scorecard the result is ${OUTCOME_LABEL[after]}.`,
			);
			override = null;
		}
	}
	return {
		state: { ...incoming, card: entry.card, ratings: keep(incoming.ratings), notes: keep(incoming.notes), override },
		source: 'handbook',
		differences,
		notices,
	};
}

/** A share link, judged: null when the fragment is not calculator state (an in-page anchor). */
export function readLink(
	fragment: string,
	handbook: HandbookLookup,
	label: (id: string) => string,
): Parsed<Judged & { ratingsOnly: boolean }> | null {
	const link = parseLink(fragment);
	if (!link?.ok) return link;
	const judged = judge(link.value.state, handbook, label, 'link');
	if (link.value.ratingsOnly)
		judged.notices.push('This link carries ratings only: no evidence notes, names or override came with it.');
	return { ok: true, value: { ...judged, ratingsOnly: link.value.ratingsOnly } };
}

/** An exported JSON file or paste, judged. */
export function readExport(text: string, handbook: HandbookLookup, label: (id: string) => string): Parsed<Judged> {
	const parsed = parseExport(text);
	return parsed.ok ? { ok: true, value: judge(parsed.value, handbook, label, 'file') } : parsed;
}

/**
 * Saved work for one scorecard, reconciled with the handbook as it is now. Anything that cannot
 * be kept is said in a notice; nothing is dropped silently.
 */
export function readStored(
	text: string | null,
	id: string,
	handbook: HandbookLookup,
	label: (id: string) => string,
): { state: CalculatorState | null; notices: string[] } {
	if (text === null) return { state: null, notices: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		raw = null; // parseState turns this into the "could not be read" message
	}
	const parsed = parseState(raw);
	if (!parsed.ok)
		return {
			state: null,
			notices: [
				`Ratings saved earlier for this scorecard could not be read (${parsed.error}), so the calculator starts afresh.`,
			],
		};
	if (parsed.value.scorecard !== id)
		return {
			state: null,
			notices: [
				`Ratings saved under this scorecard belong to another one (“${parsed.value.scorecard}”), so the calculator starts afresh.`,
			],
		};
	const judged = judge(parsed.value, handbook, label, 'saved work');
	if (judged.differences.length > 0)
		judged.notices[0] = `This scorecard changed since your ratings were saved: ${judged.differences.join('; ')}. The handbook’s current version decides; ratings of competencies it still weights were kept.`;
	return { state: judged.state, notices: judged.notices };
}
