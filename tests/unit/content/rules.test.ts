/**
 * Every content rule, each with a valid case near the boundary and an invalid case. Each case
 * edits one file of the fixture site and checks that the report names that file, the field,
 * the line of the field and what was expected.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/read-content.ts';
import { edit, fixtureCopy, fixtureSite } from '../../support/fixture.ts';

const Q = 'content/questions/sum-of-squares.mdx';
const FLAKY = 'content/questions/flaky-test.mdx';
const S = 'content/scorecards/general.yaml';
const C = 'content/competencies/testing.yaml';
const E = 'content/exercises/fix-the-total.mdx';
const CAL = 'content/calibration/sum-of-squares-loop.mdx';
const G = 'content/guides/screening.mdx';

type Change = (text: string) => string;
const sub =
	(from: string | RegExp, to: string): Change =>
	(t) =>
		t.replace(from, to);

interface Rule {
	rule: string;
	file: string;
	valid: Change;
	invalid: Change;
	field: string;
	expected: string | RegExp;
	/** The value shown in the report, when worth pinning. */
	value?: string;
	/** Another file the valid case needs: a copy of `from` with `change` applied, written to `file`. */
	add?: { file: string; from: string; change: Change };
}

/** Swaps two strings everywhere in a text. */
const swap =
	(a: string, b: string): Change =>
	(t) =>
		t.replaceAll(a, '\u0000').replaceAll(b, a).replaceAll('\u0000', b);

const rules: Rule[] = [
	{
		rule: 'a question needs a title',
		file: Q,
		valid: sub('title: Sum of squares', 'title: Squares'),
		invalid: sub('title: Sum of squares\n', ''),
		field: 'title',
		expected: 'text',
		value: '(missing)',
	},
	{
		rule: 'format is one of the formats',
		file: Q,
		valid: sub('format: coding', 'format: take-home'),
		invalid: sub('format: coding', 'format: quiz'),
		field: 'format',
		expected: /one of the formats: conceptual, coding/,
		value: '"quiz"',
	},
	{
		rule: 'levels are known levels',
		file: Q,
		valid: (t) =>
			sub(
				'levels: [junior]',
				'levels: [junior, staff]',
			)(t).replace(/^levelBars:\n/m, 'levelBars:\n  staff: Sets the standard for the team.\n'),
		invalid: sub('levels: [junior]', 'levels: [junior, principal]'),
		field: 'levels.1',
		expected: /one of the levels: junior, mid, senior, staff/,
		value: '"principal"',
	},
	{
		rule: 'the rubric has texts for 1 and 2',
		file: Q,
		valid: sub('"1": Cannot write a working loop.', '"1": Cannot write any working loop.'),
		invalid: sub(/ {2}"1": .*\n/, ''),
		field: 'rubric.1',
		expected: 'text',
		value: '(missing)',
	},
	{
		rule: 'a 3 needs two to four must-show points',
		file: Q,
		valid: sub(
			'  - Adds a test that runs the function.',
			'  - Adds a test that runs the function.\n  - Names the cost.',
		),
		invalid: sub('  - Adds a test that runs the function.\n', ''),
		field: 'mustShow',
		expected: 'at least 2 must-show points',
	},
	{
		rule: 'a 4 needs no more depth points than there are',
		file: Q,
		valid: sub('depthNeeded: 1', 'depthNeeded: 1\nratingNote: A hint about empty input costs nothing here.'),
		invalid: sub('depthNeeded: 1', 'depthNeeded: 2'),
		field: 'depthNeeded',
		expected: 'at most 1, the number of depth points',
		value: '2',
	},
	{
		rule: 'a bar line for each level, and only those',
		file: Q,
		valid: sub('  junior: A working function', '  junior: A correct function'),
		invalid: sub('levelBars:\n  junior:', 'levelBars:\n  mid: Also fast.\n  junior:'),
		field: 'levelBars.mid',
		expected: /bar lines only for the question's levels \(junior\)/,
	},
	{
		rule: 'the interviewer card is at most 80 words',
		file: Q,
		valid: sub('Spend five minutes', 'Spend about five minutes'),
		invalid: sub('Spend five minutes', `${'word '.repeat(80)}Spend five minutes`),
		field: 'brief',
		expected: 'an interviewer card of at most 80 words',
	},
	{
		rule: 'sources are https URLs',
		file: Q,
		valid: sub('functions.html#sum', 'functions.html#sum-builtin'),
		invalid: sub(
			'url: https://docs.python.org/3/library/functions.html#sum',
			'url: http://docs.python.org/3/library/functions.html#sum',
		),
		field: 'sources.0.url',
		expected: 'an https URL of a primary source',
	},
	{
		rule: 'a variation is a whole prompt',
		file: Q,
		valid: sub('sum of the cubes of a list', 'sum of the cubes of a tuple'),
		invalid: sub('Write a function that returns the sum of the cubes', 'Do the same question instead, with the cubes'),
		field: 'variations.0',
		expected: /a whole prompt that can be read aloud as it is/,
	},
	{
		rule: 'a variation that leans on the main prompt with "What is different?" is not a whole prompt',
		file: Q,
		valid: sub(
			'sum of the cubes of a list of integers.',
			'sum of the cubes of a list of integers. What is different between the two?',
		),
		invalid: sub(
			'sum of the cubes of a list of integers.',
			'sum of the cubes of a list of integers. What is different?',
		),
		field: 'variations.0',
		expected: /without "What is different\?" pointing back/,
	},
	{
		rule: 'a variation with its own rubric note has both a prompt and a note',
		file: Q,
		valid: sub(
			'  - Write a function that returns the sum of the cubes',
			'  - rubricNote: A 3 also names the sign of a cube.\n    prompt: Write a function that returns the sum of the cubes',
		),
		invalid: sub(
			'  - Write a function that returns the sum of the cubes',
			'  - rubricNote: ""\n    prompt: Write a function that returns the sum of the cubes',
		),
		field: 'variations.0.rubricNote',
		expected: 'non-empty text',
	},
	{
		rule: "a variation's rubric note is not a copy of the question's rating note",
		file: Q,
		valid: sub(
			'variations:\n  - Write a function that returns the sum of the cubes',
			'ratingNote: Say when a hint was given.\nvariations:\n  - rubricNote: Negative numbers matter here.\n    prompt: Write a function that returns the sum of the cubes',
		),
		invalid: sub(
			'variations:\n  - Write a function that returns the sum of the cubes',
			'ratingNote: Say when a hint was given.\nvariations:\n  - rubricNote: Say when a hint was given.\n    prompt: Write a function that returns the sum of the cubes',
		),
		field: 'variations.0.rubricNote',
		expected: /not a copy of the question's ratingNote/,
	},
	{
		rule: 'each rubric rating has text',
		file: Q,
		valid: sub('"2": Works', '"2": Runs'),
		invalid: sub(/"2": .*/, '"2": "  "'),
		field: 'rubric.2',
		expected: 'non-empty text',
	},
	{
		rule: 'the rubric has no ratings 3 or 4 of its own',
		file: Q,
		valid: sub('"1": Cannot', '"1": Can not'),
		invalid: sub('  "2":', '  "3": Works.\n  "2":'),
		field: 'rubric.3',
		expected: /no such field/,
	},
	{
		rule: 'at least two red flags',
		file: Q,
		valid: sub('  - Never runs the code.', '  - Never runs the code.\n  - Ignores the prompt.'),
		invalid: sub('  - Never runs the code.\n', ''),
		field: 'redFlags',
		expected: 'at least 2 red flags',
	},
	{
		rule: 'at least two follow-ups',
		file: Q,
		valid: sub(
			'    listenFor: The empty list, one value and a negative number.',
			'    listenFor: The empty list, one value and a negative number.\n  - ask: And for floats?\n    listenFor: It still adds up.',
		),
		invalid: sub(/ {2}- ask: How would you test it\?\n {4}listenFor: .*\n/, ''),
		field: 'followUps',
		expected: 'at least 2 follow-ups',
	},
	{
		rule: 'at least one green flag',
		file: Q,
		valid: sub(
			'  - Tests the empty list unprompted.',
			'  - Tests the empty list unprompted.\n  - Names the complexity.',
		),
		invalid: sub(/greenFlags:\n {2}- Tests the empty list unprompted.\n/, 'greenFlags: []\n'),
		field: 'greenFlags',
		expected: 'at least 1 green flags',
	},
	{
		rule: 'at least one variation',
		file: Q,
		valid: sub('the cubes', 'the fourth powers'),
		invalid: sub(/variations:\n {2}- .*\n/, 'variations: []\n'),
		field: 'variations',
		expected: 'at least 1 variations',
	},
	{
		rule: 'minutes is a positive whole number (zero)',
		file: Q,
		valid: sub('minutes: 10', 'minutes: 1'),
		invalid: sub('minutes: 10', 'minutes: 0'),
		field: 'minutes',
		expected: 'a positive whole number of minutes, e.g. 15',
		value: '0',
	},
	{
		rule: 'minutes is a positive whole number (fraction)',
		file: Q,
		valid: sub('minutes: 10', 'minutes: 180'),
		invalid: sub('minutes: 10', 'minutes: 7.5'),
		field: 'minutes',
		expected: 'a positive whole number of minutes, e.g. 15',
		value: '7.5',
	},
	{
		rule: 'minutes is a number, not text',
		file: Q,
		valid: sub('minutes: 10', 'minutes: 12'),
		invalid: sub('minutes: 10', 'minutes: ten'),
		field: 'minutes',
		expected: 'a positive whole number of minutes, e.g. 15',
		value: '"ten"',
	},
	{
		rule: 'reviewed is a date',
		file: Q,
		valid: sub('reviewed: 2026-11-01', 'reviewed: "2026-10-01"'),
		invalid: sub('reviewed: 2026-11-01', 'reviewed: last week'),
		field: 'reviewed',
		expected: 'a date written as YYYY-MM-DD, e.g. 2026-11-20',
	},
	{
		rule: 'status is active or retired',
		file: Q,
		valid: sub('status: active', 'status: retired'),
		invalid: sub('status: active', 'status: draft'),
		field: 'status',
		expected: '"active" or "retired"',
	},
	{
		rule: 'no unknown fields (typos)',
		file: Q,
		valid: sub('minutes: 10', 'minutes: 11'),
		invalid: sub('minutes: 10', 'minutes: 10\nminuets: 10'),
		field: 'minuets',
		expected: /no such field/,
	},
	{
		rule: 'question competencies exist',
		file: Q,
		valid: sub('competencies: [testing]', 'competencies: [testing, debugging]'),
		invalid: sub('competencies: [testing]', 'competencies: [tesing]'),
		field: 'competencies.0',
		expected: /existing competency in content\/competencies\/ \(debugging, testing\)/,
		value: '"tesing"',
	},
	{
		rule: 'a question lists at least one competency',
		file: Q,
		valid: sub('competencies: [testing]', 'competencies: [debugging]'),
		invalid: sub('competencies: [testing]', 'competencies: []'),
		field: 'competencies',
		expected: 'at least one competency id',
	},
	{
		rule: 'related questions exist',
		file: Q,
		valid: sub('related: [flaky-test]', 'related: []'),
		invalid: sub('related: [flaky-test]', 'related: [flakey-test]'),
		field: 'related.0',
		expected: /existing question/,
		value: '"flakey-test"',
	},
	{
		rule: 'a question is not related to itself',
		file: FLAKY,
		valid: sub('related: []', 'related: [sum-of-squares]'),
		invalid: sub('related: []', 'related: [flaky-test]'),
		field: 'related.0',
		expected: 'a reference to another entry, not to this one',
	},
	{
		rule: 'ids are well-formed references',
		file: Q,
		valid: sub('related: [flaky-test]', 'related: ["flaky-test"]'),
		invalid: sub('related: [flaky-test]', 'related: [Flaky Test]'),
		field: 'related.0',
		expected: /lower-case words joined by hyphens/,
	},
	{
		rule: 'competency anchors cover every level',
		file: C,
		valid: sub('staff: [Sets testing standards across teams.]', 'staff: [Sets standards.]'),
		invalid: sub(/ {2}staff: .*\n/, ''),
		field: 'anchors.staff',
		expected: /list of anchors for staff/,
	},
	{
		rule: 'competency area is a known area',
		file: C,
		valid: sub('area: engineering-practice', 'area: collaboration'),
		invalid: sub('area: engineering-practice', 'area: devops'),
		field: 'area',
		expected: /one of the areas/,
	},
	{
		rule: 'included competencies exist',
		file: C,
		valid: sub(
			'staff: [Sets testing standards across teams.]',
			'staff: [Sets testing standards across teams.]\nincludes: [debugging]',
		),
		invalid: sub(
			'staff: [Sets testing standards across teams.]',
			'staff: [Sets testing standards across teams.]\nincludes: [debuging]',
		),
		field: 'includes.0',
		expected: /existing competency/,
	},
	{
		rule: 'weights are positive',
		file: S,
		valid: (t) => t.replace('weight: 60', 'weight: 70').replace('weight: 40', 'weight: 30'),
		invalid: (t) => t.replace('weight: 60', 'weight: 110').replace('weight: 40', 'weight: -10'),
		field: 'weights.1.weight',
		expected: 'a positive whole number',
		value: '-10',
	},
	{
		rule: 'weights sum to exactly 100',
		file: S,
		valid: (t) => t.replace('weight: 60', 'weight: 99').replace('weight: 40', 'weight: 1'),
		invalid: sub('weight: 40', 'weight: 45'),
		field: 'weights',
		expected: 'weights that sum to exactly 100, but they sum to 105',
		value: '105',
	},
	{
		rule: 'hold is at most pass',
		file: S,
		valid: sub('hold: 2.5', 'hold: 3'),
		invalid: sub('hold: 2.5', 'hold: 3.5'),
		field: 'thresholds.hold',
		expected: 'the hold threshold to be at most the pass threshold (3)',
		value: '3.5',
	},
	{
		rule: 'pass is 3 on every card',
		file: S,
		valid: sub('pass: 3', 'pass: 3.0'),
		invalid: sub('pass: 3', 'pass: 3.1'),
		field: 'thresholds.pass',
		expected: /3: the rating scale is relative to the level/,
		value: '3.1',
	},
	{
		rule: 'hold lies within 1..4',
		file: S,
		valid: sub('hold: 2.5', 'hold: 1'),
		invalid: sub('hold: 2.5', 'hold: 0.5'),
		field: 'thresholds.hold',
		expected: 'a number from 1 to 4',
		value: '0.5',
	},
	{
		rule: 'a bar-raiser names a rating, a count and where',
		file: S,
		valid: sub('minCoverage: 0.75', 'barRaiser: { rating: 4, count: 1, among: must-haves }\nminCoverage: 0.75'),
		invalid: sub('minCoverage: 0.75', 'barRaiser: { rating: 4, count: 1, among: everyone }\nminCoverage: 0.75'),
		field: 'barRaiser.among',
		expected: 'one of: must-haves, any',
	},
	{
		rule: 'a scorecard states its outcomes',
		file: S,
		valid: sub(
			'  - Review pull requests from one junior developer.',
			'  - Review pull requests from two junior developers.',
		),
		invalid: sub('  - Review pull requests from one junior developer.\n', ''),
		field: 'outcomes',
		expected: 'at least 3 outcomes, written as work the person will deliver',
	},
	{
		rule: 'a stage names an exercise that exists',
		file: S,
		valid: sub(
			'    purpose: More evidence on testing.\n',
			'    purpose: More evidence on testing.\n    exercise: fix-the-total\n',
		),
		invalid: sub(
			'    purpose: More evidence on testing.\n',
			'    purpose: More evidence on testing.\n    exercise: fix-the-totals\n',
		),
		field: 'stages.1.exercise',
		expected: /the id of an existing exercise in content\/exercises\/ \(fix-the-total\)/,
		value: '"fix-the-totals"',
	},
	{
		rule: 'a stage that gives no rating suggests no questions',
		file: S,
		valid: sub('    rates: false\n', '    rates: false\n    questions: []\n'),
		invalid: sub('    rates: false\n', '    rates: false\n    questions: [sum-of-squares]\n'),
		field: 'stages.2.questions',
		expected: 'no suggested questions on a stage that gives no rating (rates: false)',
	},
	{
		rule: 'minimum coverage lies within 0..1',
		file: S,
		valid: sub('minCoverage: 0.75', 'minCoverage: 1'),
		invalid: sub('minCoverage: 0.75', 'minCoverage: 75'),
		field: 'minCoverage',
		expected: 'a number from 0 to 1, e.g. 0.75',
		value: '75',
	},
	{
		rule: 'a must-have has a minimum rating',
		file: S,
		valid: sub('minRating: 3', 'minRating: 2'),
		invalid: sub('    minRating: 3\n', ''),
		field: 'weights.0.minRating',
		expected: 'a minRating (1 to 4) because this competency is a must-have',
	},
	{
		rule: 'a minimum rating is on the scale',
		file: S,
		valid: sub('minRating: 3', 'minRating: 4'),
		invalid: sub('minRating: 3', 'minRating: 5'),
		field: 'weights.0.minRating',
		expected: 'one of the ratings 1, 2, 3 or 4',
	},
	{
		rule: 'weighted competencies exist',
		file: S,
		// The must-have (60, at least 3) is now debugging; testing keeps 40.
		valid: swap('competency: testing', 'competency: debugging'),
		invalid: (t) => t.replaceAll('testing', 'testng'),
		field: 'weights.0.competency',
		expected: /existing competency/,
		value: '"testng"',
	},
	{
		rule: 'a competency is weighted once',
		file: S,
		// The same two weights listed in the other order: testing is now the second entry, once.
		valid: sub(/( {2}- competency: testing\n(?: {4}.*\n)+)( {2}- competency: debugging\n(?: {4}.*\n)+)/, '$2$1'),
		invalid: sub('competency: debugging', 'competency: testing'),
		field: 'weights.1.competency',
		expected: 'each competency to be weighted once; this one appears twice',
	},
	{
		rule: 'stage focus competencies are weighted on the scorecard',
		file: S,
		valid: sub('competencies: [testing]', 'competencies: [testing, debugging]'),
		invalid: sub('competencies: [testing]', 'competencies: [testing, security]'),
		field: 'stages.1.competencies.1',
		expected: /a competency weighted on this scorecard/,
	},
	{
		rule: 'every weighted competency is the focus of a stage',
		file: S,
		valid: sub('competencies: [testing]', 'competencies: [debugging]'),
		invalid: sub('competencies: [testing, debugging]', 'competencies: [testing]'),
		field: 'weights.1.competency',
		expected: 'every weighted competency to be the focus of at least one stage that gives a rating',
	},
	{
		rule: 'stage minutes are positive',
		file: S,
		valid: sub('minutes: 90', 'minutes: 1'),
		invalid: sub('minutes: 90', 'minutes: -90'),
		field: 'stages.1.minutes',
		expected: 'a positive whole number of minutes, e.g. 15',
	},
	{
		rule: 'suggested questions exist',
		file: S,
		valid: sub('questions: [sum-of-squares, flaky-test]', 'questions: [flaky-test]'),
		invalid: sub('questions: [sum-of-squares, flaky-test]', 'questions: [sum-of-squares, fizzbuzz]'),
		field: 'stages.0.questions.1',
		expected: /existing question/,
		value: '"fizzbuzz"',
	},
	{
		rule: 'scorecard level is a known level',
		file: S,
		valid: sub('level: mid', 'level: senior'),
		invalid: sub('level: mid', 'level: lead'),
		field: 'level',
		expected: /one of the levels/,
	},
	{
		rule: "a calibration sample's question exists",
		file: CAL,
		valid: sub('question: sum-of-squares', 'question: flaky-test'),
		invalid: sub('question: sum-of-squares', 'question: sum-of-cubes'),
		field: 'question',
		expected: /existing question/,
		value: '"sum-of-cubes"',
	},
	{
		rule: 'a reference rating is on the scale',
		file: CAL,
		valid: sub('referenceRating: 3', 'referenceRating: 1'),
		invalid: sub('referenceRating: 3', 'referenceRating: 0'),
		field: 'referenceRating',
		expected: 'one of the ratings 1, 2, 3 or 4',
		value: '0',
	},
	{
		rule: 'related guides exist',
		file: G,
		valid: sub('related: []', 'related: [onboarding]'),
		invalid: sub('related: []', 'related: [onboarding]'),
		add: {
			file: 'content/guides/onboarding.mdx',
			from: G,
			change: (t) => t.replace('title: Screening', 'title: Onboarding').replace('order: 1', 'order: 2'),
		},
		field: 'related.0',
		expected: /existing guide/,
	},
	{
		rule: 'exercise files exist',
		file: E,
		valid: sub('description: The flawed module.', 'description: The module with the bug.'),
		invalid: sub('path: flawed/orders.py', 'path: flawed/order.py'),
		field: 'files.0.path',
		expected: 'a file that exists in content/exercises/fix-the-total/',
	},
	{
		rule: 'exercise files stay inside the exercise folder',
		file: E,
		valid: sub('path: test_orders.py', 'path: ./test_orders.py'),
		invalid: sub('path: test_orders.py', 'path: ../../package.json'),
		field: 'files.1.path',
		expected: /a path inside the exercise folder/,
	},
	{
		rule: 'exercise kind is known',
		file: E,
		valid: sub('kind: live-debugging', 'kind: take-home'),
		invalid: sub('kind: live-debugging', 'kind: pairing'),
		field: 'kind',
		expected: /one of: take-home/,
	},
	{
		rule: 'no template placeholder is left in a field',
		file: Q,
		valid: sub('title: Sum of squares', 'title: Sum of the squares'),
		invalid: sub('title: Sum of squares', 'title: "FILL IN: a short title"'),
		field: 'title',
		expected: 'your own text in place of the template placeholder (FILL IN, TODO, TBD or lorem ipsum)',
	},
	{
		rule: 'no TODO, TBD or lorem ipsum in a list item',
		file: Q,
		valid: sub('  - Mutates the input list.', '  - Mutates the input list in place.'),
		invalid: sub('  - Mutates the input list.', '  - TBD'),
		field: 'redFlags.0',
		expected: /template placeholder/,
	},
	{
		rule: 'no placeholder in the body',
		file: FLAKY,
		valid: sub('Run the failing test', 'Run the failing test first'),
		invalid: sub('Run the failing test', 'TODO: write the answer. Run the failing test'),
		field: '(body)',
		expected: 'your own text in place of the template placeholder',
		value: '"TODO"',
	},
	{
		rule: 'a code block names a language the site highlights',
		file: Q,
		valid: sub('```python runnable', '```python  runnable'),
		invalid: sub('```python runnable', '```pyhton runnable'),
		field: '(body)',
		expected: /^a code block language the site highlights: python, bash/,
		value: '"pyhton"',
	},
	{
		rule: 'minutes are at most 180',
		file: Q,
		valid: sub('minutes: 10', 'minutes: 180'),
		invalid: sub('minutes: 10', 'minutes: 181'),
		field: 'minutes',
		expected: 'at most 180 minutes; split a longer exercise into stages',
		value: '181',
	},
	{
		rule: 'a reviewed date is not in the future',
		file: Q,
		valid: sub('reviewed: 2026-11-01', 'reviewed: 2020-01-31'),
		invalid: sub('reviewed: 2026-11-01', 'reviewed: 2099-01-01'),
		field: 'reviewed',
		expected: /^a date no later than today \(\d{4}-\d{2}-\d{2}\)$/,
		value: '2099-01-01',
	},
	{
		rule: 'no two questions share a title',
		file: Q,
		valid: sub('title: Sum of squares', 'title: A flaky sum'),
		invalid: sub('title: Sum of squares', 'title: A Flaky Test'),
		field: 'title',
		expected: 'a title no other question uses (content/questions/flaky-test.mdx has it)',
	},
	{
		rule: 'a variation asks differently from the prompt',
		file: Q,
		valid: sub('the sum of the cubes', 'the product'),
		invalid: sub(
			'Write a function that returns the sum of the cubes of a list of integers.',
			'Write a function that returns the sum of the squares of a list of integers.',
		),
		field: 'variations.0',
		expected: 'a variation that asks differently from the prompt',
	},
	{
		rule: 'a search term is short',
		file: Q,
		valid: sub('related: [flaky-test]', `terms: [${'x'.repeat(40)}]\nrelated: [flaky-test]`),
		invalid: sub('related: [flaky-test]', `terms: [${'x'.repeat(41)}]\nrelated: [flaky-test]`),
		field: 'terms.0',
		expected: 'a search term of at most 40 characters: another name, not a sentence',
	},
	{
		rule: 'each search term once',
		file: Q,
		valid: sub('related: [flaky-test]', 'terms: [sum of squared values, sumsq]\nrelated: [flaky-test]'),
		invalid: sub('related: [flaky-test]', 'terms: [sumsq, SumSq]\nrelated: [flaky-test]'),
		field: 'terms.1',
		expected: 'each search term once',
	},
	{
		rule: 'a search term says what the title does not',
		file: Q,
		valid: sub('related: [flaky-test]', 'terms: [squares sum]\nrelated: [flaky-test]'),
		invalid: sub('related: [flaky-test]', 'terms: [sumsq, "Sum of  Squares"]\nrelated: [flaky-test]'),
		field: 'terms.1',
		expected: 'a search term the title does not already contain',
	},
	{
		rule: 'no red flag is listed twice',
		file: Q,
		valid: sub('  - Never runs the code.', '  - Never runs the code before saying it works.'),
		invalid: sub('  - Never runs the code.', '  - mutates the input list'),
		field: 'redFlags.1',
		expected: 'each red flag once; this one repeats an earlier one',
	},
	{
		rule: 'stage minutes are at most 180',
		file: S,
		valid: sub('minutes: 90', 'minutes: 180'),
		invalid: sub('minutes: 90', 'minutes: 240'),
		field: 'stages.1.minutes',
		expected: 'at most 180 minutes per stage',
	},
	{
		rule: 'frontmatter is valid YAML',
		file: Q,
		valid: sub('title: Sum of squares', 'title: "Sum: of squares"'),
		invalid: sub('title: Sum of squares', 'title: Sum: of squares: broken'),
		field: '',
		expected: /valid YAML/,
	},
	{
		rule: 'an MDX file starts with frontmatter',
		file: FLAKY,
		valid: sub('title: A flaky test', 'title: A flaky test case'),
		invalid: (t) => t.replace(/^---\n/, ''),
		field: '',
		expected: /start with YAML frontmatter/,
	},
];

function problems(dir: string) {
	return checkContent(dir).problems;
}

describe('content rules', () => {
	it('the fixture site is valid as it stands', () => {
		expect(problems(fixtureSite)).toEqual([]);
	});

	for (const r of rules) {
		describe(r.rule, () => {
			it('accepts a valid value', () => {
				const dir = fixtureCopy();
				if (r.add) writeFileSync(join(dir, r.add.file), r.add.change(readFileSync(join(dir, r.add.from), 'utf8')));
				edit(dir, r.file, r.valid);
				expect(problems(dir)).toEqual([]);
			});
			it('rejects an invalid one, naming the file, field, value and expectation', () => {
				const dir = fixtureCopy();
				edit(dir, r.file, r.invalid);
				const found = problems(dir).filter((p) => p.file === r.file && p.field === r.field);
				expect(found, JSON.stringify(problems(dir), null, 1)).toHaveLength(1);
				const [problem] = found;
				if (typeof r.expected === 'string') expect(problem?.expected).toBe(r.expected);
				else expect(problem?.expected).toMatch(r.expected);
				if (r.value !== undefined) expect(problem?.value).toBe(r.value);
				expect(problem?.line).toBeGreaterThan(0);
			});
		});
	}
});

describe('references across collections', () => {
	// Only a reference into the same collection with the entry's own id is a reference to itself.
	it('accepts a calibration sample named after the question it calibrates', () => {
		const dir = fixtureCopy();
		renameSync(join(dir, CAL), join(dir, 'content/calibration/sum-of-squares.mdx'));
		expect(problems(dir)).toEqual([]);
	});
	it('accepts a scorecard whose stage suggests a question with the scorecard’s id', () => {
		const dir = fixtureCopy();
		renameSync(join(dir, S), join(dir, 'content/scorecards/sum-of-squares.yaml'));
		expect(problems(dir)).toEqual([]);
	});
});

describe('ids and files', () => {
	it('rejects a file name that is not a valid id', () => {
		const dir = fixtureCopy();
		writeFileSync(join(dir, 'content/competencies/Web APIs.yaml'), 'title: x\n');
		const found = problems(dir).filter((p) => p.file === 'content/competencies/Web APIs.yaml' && p.field === '');
		expect(found.map((p) => p.expected)).toContain(
			'a file name of lower-case words joined by hyphens (the name is the id and the URL)',
		);
	});
	it('rejects two entries whose ids differ only in case', () => {
		const dir = fixtureCopy();
		writeFileSync(join(dir, 'content/questions/Sum-Of-Squares.mdx'), '---\ntitle: x\n---\n');
		const expected = problems(dir).map((p) => p.expected);
		expect(expected.some((e) => e.startsWith('an id not already used in questions'))).toBe(true);
	});
	it('rejects a file with the wrong extension instead of silently skipping it', () => {
		const dir = fixtureCopy();
		writeFileSync(join(dir, 'content/questions/loose.md'), '---\ntitle: x\n---\n');
		const [problem] = problems(dir).filter((p) => p.file === 'content/questions/loose.md');
		expect(problem?.expected).toBe('a .mdx file (other files in content/questions/ are not read)');
	});
	it('rejects a rating scale without all four points', () => {
		const dir = fixtureCopy();
		edit(dir, 'content/rating-scale.yaml', (t) => t.replace(/"4":[\s\S]*$/, ''));
		const [problem] = problems(dir).filter((p) => p.file === 'content/rating-scale.yaml');
		expect(problem?.expected).toBe('exactly the four points "1", "2", "3" and "4"');
	});
	it('rejects a missing level file', () => {
		const dir = fixtureCopy();
		writeFileSync(join(dir, 'content/levels/staff.yaml'), '');
		expect(problems(dir).some((p) => p.file === 'content/levels/staff.yaml')).toBe(true);
	});
	it('reports every problem at once, not just the first', () => {
		const dir = fixtureCopy();
		edit(dir, Q, (t) => t.replace('minutes: 10', 'minutes: 0').replace('format: coding', 'format: quiz'));
		edit(dir, S, (t) => t.replace('weight: 40', 'weight: 45'));
		const fields = problems(dir).map((p) => `${p.file}#${p.field}`);
		expect(fields).toEqual(expect.arrayContaining([`${Q}#minutes`, `${Q}#format`, `${S}#weights`]));
	});
});

describe('positions', () => {
	it('reports several problems at once, each at the line and column of the offending key or value', () => {
		const dir = fixtureCopy();
		edit(dir, Q, (t) =>
			t
				.replace('minutes: 10', 'minutes: ten')
				.replace('format: coding', 'format: quiz')
				.replace('related: [flaky-test]', 'related: [flakey-test]'),
		);
		edit(dir, S, (t) => t.replace('hold: 2.5', 'hold: 3.5'));
		const at = (file: string, field: string) => {
			const p = problems(dir).find((x) => x.file === file && x.field === field);
			return p ? `${p.line}:${p.column}` : 'missing';
		};
		expect(at(Q, 'format')).toBe('6:9');
		expect(at(Q, 'minutes')).toBe('7:10');
		expect(at(Q, 'related.0')).toBe('34:11');
		expect(at(S, 'thresholds.hold')).toBe('30:9');
	});
});
