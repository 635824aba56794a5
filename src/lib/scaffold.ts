/**
 * Templates for `npm run new`: a new question, scorecard, guide or calibration sample with every
 * required field present. Text a contributor must write is marked "FILL IN:", which the content
 * check rejects until it is replaced; numbers and choices get valid defaults to adjust.
 */
import { ENTRY_ID, FORMAT_IDS, LEVEL_IDS } from './taxonomy.ts';
import { FILL_MARKER } from './content/lint.ts';

export const SCAFFOLD_TYPES = ['question', 'scorecard', 'guide', 'calibration'] as const;
export type ScaffoldType = (typeof SCAFFOLD_TYPES)[number];

export interface ScaffoldContext {
	competencies: readonly string[];
	questions: readonly string[];
	guides: readonly string[];
	scorecards: readonly string[];
	calibration: readonly string[];
	today: string;
}

export interface ScaffoldArgs {
	type: string;
	title?: string | undefined;
	id?: string | undefined;
	competency?: string | undefined;
	competencies?: string | undefined;
	level?: string | undefined;
	format?: string | undefined;
	question?: string | undefined;
}

export type ScaffoldResult = { ok: true; path: string; text: string } | { ok: false; error: string };

const fill = (what: string) => JSON.stringify(`${FILL_MARKER} ${what}`);
const fail = (error: string): ScaffoldResult => ({ ok: false, error });

export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

const choices = (list: readonly string[]) => list.join(', ');

export function scaffold(args: ScaffoldArgs, ctx: ScaffoldContext): ScaffoldResult {
	if (!SCAFFOLD_TYPES.includes(args.type as ScaffoldType))
		return fail(`Unknown type "${args.type}". Choose one of: ${choices(SCAFFOLD_TYPES)}.`);
	const type = args.type as ScaffoldType;
	if (!args.title || args.title.trim() === '') return fail(`A ${type} needs a title: --title "…"`);
	const id = args.id ?? slugify(args.title);
	if (!ENTRY_ID.test(id)) return fail(`Cannot make an id from "${args.title}"; pass one with --id some-words.`);
	const existing = {
		question: ctx.questions,
		scorecard: ctx.scorecards,
		guide: ctx.guides,
		calibration: ctx.calibration,
	}[type];
	if (existing.includes(id))
		return fail(`A ${type} with the id "${id}" already exists; choose another title or pass --id.`);
	const level = args.level ?? 'mid';
	if (!(LEVEL_IDS as readonly string[]).includes(level))
		return fail(`Unknown level "${level}". Choose one of: ${choices(LEVEL_IDS)}.`);
	const title = JSON.stringify(args.title.trim());

	if (type === 'question') {
		if (!args.competency)
			return fail(
				`A question needs its primary competency: --competency <id>. Choose one of: ${choices(ctx.competencies)}.`,
			);
		if (!ctx.competencies.includes(args.competency))
			return fail(`Unknown competency "${args.competency}". Choose one of: ${choices(ctx.competencies)}.`);
		const format = args.format ?? 'conceptual';
		if (!(FORMAT_IDS as readonly string[]).includes(format))
			return fail(`Unknown format "${format}". Choose one of: ${choices(FORMAT_IDS)}.`);
		return {
			ok: true,
			path: `content/questions/${id}.mdx`,
			text: `---
title: ${title}
prompt: ${fill('the question as you would read it aloud')}
# The first competency is the primary one; add others the answer also shows.
competencies: [${args.competency}]
levels: [${level}]
format: ${format}
minutes: 15
# The interviewer card, at most 80 words: what you must hear, the common trap, how to spend the minutes.
brief: ${fill('what you must hear, the common trap, how to spend the minutes')}
rubric:
  "1": ${fill('a typical strong-no answer, in things the candidate says or does')}
  "2": ${fill('a typical answer below the bar: some of the must-show points, not all')}
# A 3 needs every must-show point (2 to 4, each observable).
mustShow:
  - ${fill('something every answer at the bar says or does')}
  - ${fill('another must-show point')}
# A 4 adds depth, not length: a reason, a trade-off, a failure mode, a test (1 to 3).
depth:
  - ${fill('a point that goes deeper than the must-show ones')}
depthNeeded: 1
# What a 3 looks like at each level listed above (one line per level, exactly those levels).
levelBars:
  ${level}: ${fill('what a 3 looks like at this level')}
followUps:
  - ask: ${fill('a question that probes deeper')}
    listenFor: ${fill('what a good answer to it contains, in one line')}
  - ask: ${fill('another follow-up')}
    listenFor: ${fill('what to listen for')}
redFlags:
  - ${fill('an answer or behaviour that counts against the candidate')}
  - ${fill('another red flag')}
greenFlags:
  - ${fill('something beyond the rubric that counts for the candidate')}
# Whole prompts that can be read aloud as they are (no "instead" or "the same" pointing back).
variations:
  - ${fill('another prompt that tests the same signal')}
# terms: [other names an interviewer searches by that the title lacks, e.g. "n plus one"]
related: []
# Primary sources (docs.python.org, a PEP, release notes, the tool's own docs) for every
# version- or tool-specific statement, each { title, url } with an https URL.
sources: []
reviewed: ${ctx.today}
status: active
# fairness: where the question could disadvantage someone for reasons unrelated to the job
---

${FILL_MARKER} the model answer, readable in about two minutes: at most 450 words outside code and collapsed details blocks, with ### headings for its parts. Mark self-checking Python as a \`python runnable\` code block, with its needs= and min= options where the code needs them (CONTRIBUTING.md lists them).
`,
		};
	}

	if (type === 'scorecard') {
		const ids = (args.competencies ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		if (ids.length === 0)
			return fail(
				`A scorecard needs its competencies: --competencies a,b,c. Choose from: ${choices(ctx.competencies)}.`,
			);
		const unknown = ids.filter((c) => !ctx.competencies.includes(c));
		if (unknown.length > 0)
			return fail(
				`Unknown competenc${unknown.length === 1 ? 'y' : 'ies'} ${unknown.join(', ')}. Choose from: ${choices(ctx.competencies)}.`,
			);
		// Equal weights unless there is a reason; the remainder goes to the first competency.
		const base = Math.floor(100 / ids.length);
		const weights = ids
			.map(
				(c, i) =>
					`  - competency: ${c}\n    weight: ${base + (i === 0 ? 100 - base * ids.length : 0)}${i === 0 ? '\n    mustHave: true\n    minRating: 3' : ''}`,
			)
			.join('\n');
		return {
			ok: true,
			path: `content/scorecards/${id}.yaml`,
			text: `title: ${title}
role: ${fill('the role, e.g. Backend engineer (Django)')}
level: ${level}
summary: ${fill('what the role does, in two or three sentences')}
rationale: ${fill('why the weights are what they are (equal unless there is a reason)')}
# Three to five outcomes the person delivers in their first six to twelve months, written as work.
outcomes:
  - ${fill('an outcome, e.g. take over the billing API and ship the invoicing rewrite')}
  - ${fill('another outcome')}
  - ${fill('another outcome')}
# What the person will use; status is "day one", "learnable" or "bonus".
stack:
  - area: Python versions
    entry: ${fill('e.g. CPython 3.13 in production')}
    status: day one
  - area: frameworks
    entry: ${fill('e.g. Django 5.2 with Django REST framework')}
    status: learnable
  - area: data stores
    entry: ${fill('e.g. PostgreSQL, Redis')}
    status: day one
scale: ${fill('the numbers the work runs at: traffic, data volume, team size, on-call')}
# Weights are positive whole numbers that sum to exactly 100.
weights:
${weights}
# Pass is 3 on every card: the scale is relative to the level. To ask for more, add e.g.
# barRaiser: { rating: 4, count: 1, among: must-haves }
thresholds:
  pass: 3
  hold: 2.6
minCoverage: 0.8
# Every weighted competency must be the focus of at least one stage that gives a rating; two is
# better. A stage that checks rather than rates (references) says rates: false.
stages:
  - name: 60-minute technical screen
    minutes: 60
    purpose: ${fill('what this stage is for')}
    competencies: [${ids.join(', ')}]
    questions: []
redFlags:
  - ${fill('a warning sign specific to this role')}
  - ${fill('another red flag')}
`,
		};
	}

	if (type === 'guide') {
		return {
			ok: true,
			path: `content/guides/${id}.mdx`,
			text: `---
title: ${title}
summary: ${fill('one or two sentences for lists and search results')}
audience: ${fill('who reads it and when')}
order: 200
sources: []
related: []
reviewed: ${ctx.today}
---

${FILL_MARKER} the guide: concrete steps, an example, a checklist and the pitfalls.
`,
		};
	}

	if (!args.question) return fail('A calibration sample answers a bank question: --question <id>.');
	if (!ctx.questions.includes(args.question))
		return fail(
			`Unknown question "${args.question}". Use the id of a file in content/questions/ (for example ${ctx.questions.slice(0, 5).join(', ')}).`,
		);
	return {
		ok: true,
		path: `content/calibration/${id}.mdx`,
		text: `---
title: ${title}
question: ${args.question}
level: ${level}
# The rating the reviewers agreed on, 1 to 4.
referenceRating: 3
reasoning: ${fill("why the reference rating, in the question's rubric wording")}
ifRatedHigher: ${fill('what a rater one point higher probably over-weighted')}
ifRatedLower: ${fill('what a rater one point lower probably under-weighted')}
---

${FILL_MARKER} the candidate's answer, as a transcript or code.
`,
	};
}
