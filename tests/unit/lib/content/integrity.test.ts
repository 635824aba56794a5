import { describe, expect, it } from 'vitest';
import { checkIntegrity, type LoadedContent, type LoadedEntry } from '../../../../src/lib/content/integrity.ts';
import { LEVEL_IDS } from '../../../../src/lib/taxonomy.ts';

// A minimal valid site in memory: every field the integrity check reads, nothing else.
type Folder = 'competencies' | 'questions' | 'scorecards' | 'guides' | 'exercises' | 'calibration';

const entry = (collection: Folder | 'levels', id: string, data: Record<string, unknown>): LoadedEntry => ({
	id,
	file: `content/${collection}/${id}.${['questions', 'guides', 'exercises', 'calibration'].includes(collection) ? 'mdx' : 'yaml'}`,
	data,
	locate: () => ({ line: 2, column: 3 }),
});

function site(overrides: Partial<Record<Folder, LoadedEntry[]>> = {}): LoadedContent {
	return {
		ratingScale: ['1', '2', '3', '4'].map((k) => ({
			id: k,
			file: 'content/rating-scale.yaml',
			data: { value: Number(k) },
			locate: () => ({ line: 1, column: 1 }),
		})),
		levels: LEVEL_IDS.map((id, i) => entry('levels', id, { order: i + 1 })),
		competencies: [entry('competencies', 'testing', { includes: [] }), entry('competencies', 'debugging', {})],
		questions: [
			entry('questions', 'sum-of-squares', { competencies: ['testing'], related: ['flaky-test'] }),
			entry('questions', 'flaky-test', { competencies: ['debugging', 'testing'], related: [] }),
		],
		scorecards: [
			entry('scorecards', 'general', {
				weights: [{ competency: 'testing' }, { competency: 'debugging' }],
				stages: [{ questions: ['sum-of-squares', 'flaky-test'] }],
			}),
		],
		guides: [entry('guides', 'screening', { related: [] })],
		exercises: [],
		calibration: [entry('calibration', 'sum-of-squares-loop', { question: 'sum-of-squares' })],
		...overrides,
	};
}
const check = (content: LoadedContent) => checkIntegrity(content, { fileExists: () => true });
const brief = (content: LoadedContent) => check(content).map((p) => `${p.file}#${p.field}: ${p.expected}`);

describe('checkIntegrity: references', () => {
	it('accepts the minimal site', () => {
		expect(check(site())).toEqual([]);
	});

	it('accepts a calibration sample named after the question it calibrates (another collection, same id)', () => {
		const content = site({ calibration: [entry('calibration', 'sum-of-squares', { question: 'sum-of-squares' })] });
		expect(brief(content)).toEqual([]);
	});

	it('accepts a scorecard stage suggesting a question whose id is the scorecard’s id', () => {
		const card = entry('scorecards', 'flaky-test', {
			weights: [{ competency: 'testing' }, { competency: 'debugging' }],
			stages: [{ questions: ['flaky-test'] }],
		});
		expect(brief(site({ scorecards: [card] }))).toEqual([]);
	});

	it('accepts a question or an exercise named like the competency it assesses', () => {
		const content = site({
			competencies: [entry('competencies', 'testing', {}), entry('competencies', 'debugging', {})],
			questions: [
				entry('questions', 'testing', { competencies: ['testing'], related: ['flaky-test'] }),
				entry('questions', 'flaky-test', { competencies: ['debugging'], related: ['testing'] }),
			],
			scorecards: [],
			calibration: [],
			exercises: [entry('exercises', 'debugging', { competencies: ['debugging'] })],
		});
		expect(brief(content)).toEqual([]);
	});

	it('still refuses a question related to itself, and a guide related to itself', () => {
		const content = site({
			questions: [
				entry('questions', 'sum-of-squares', { competencies: ['testing'], related: ['flaky-test', 'sum-of-squares'] }),
				entry('questions', 'flaky-test', { competencies: ['testing'], related: [] }),
			],
			guides: [entry('guides', 'screening', { related: ['screening'] })],
		});
		expect(brief(content)).toEqual([
			'content/questions/sum-of-squares.mdx#related.1: a reference to another entry, not to this one',
			'content/guides/screening.mdx#related.0: a reference to another entry, not to this one',
		]);
	});

	it('refuses a competency that includes itself, once, with its own message', () => {
		const content = site({
			competencies: [
				entry('competencies', 'testing', { includes: ['debugging', 'testing'] }),
				entry('competencies', 'debugging', {}),
			],
		});
		expect(brief(content)).toEqual(['content/competencies/testing.yaml#includes.1: another competency, not this one']);
	});

	it('names a missing reference with the ids that exist, and a repeated one', () => {
		const content = site({
			calibration: [entry('calibration', 'loop', { question: 'sum-of-cubes' })],
			scorecards: [
				entry('scorecards', 'general', {
					weights: [{ competency: 'testing' }, { competency: 'debugging' }],
					stages: [{ questions: ['flaky-test', 'flaky-test'] }],
				}),
			],
		});
		expect(check(content)).toEqual([
			{
				file: 'content/scorecards/general.yaml',
				line: 2,
				column: 3,
				field: 'stages.0.questions.1',
				value: '"flaky-test"',
				expected: 'each id listed once; this one is a repeat',
			},
			{
				file: 'content/calibration/loop.mdx',
				line: 2,
				column: 3,
				field: 'question',
				value: '"sum-of-cubes"',
				expected: 'the id of an existing question in content/questions/ (flaky-test, sum-of-squares)',
			},
		]);
	});
});

describe('checkIntegrity: references in every collection', () => {
	it('checks the references of competencies, questions, scorecards, guides, exercises and samples', () => {
		const content = site({
			competencies: [
				entry('competencies', 'testing', { includes: ['typing'] }),
				entry('competencies', 'debugging', {}),
			],
			questions: [
				entry('questions', 'sum-of-squares', { competencies: ['tests'], related: ['flaky-tests'] }),
				entry('questions', 'flaky-test', { competencies: ['debugging'], related: [] }),
			],
			scorecards: [
				entry('scorecards', 'general', {
					weights: [{ competency: 'testing' }, { competency: 'security' }],
					stages: [{ questions: ['sum-of-cubes'] }],
				}),
			],
			guides: [entry('guides', 'screening', { related: ['onboarding'] })],
			exercises: [entry('exercises', 'fix-it', { competencies: ['perf'] })],
			calibration: [entry('calibration', 'loop', { question: 'loop' })],
		});
		expect(brief(content)).toEqual([
			'content/competencies/testing.yaml#includes.0: the id of an existing competency in content/competencies/ (debugging, testing)',
			'content/questions/sum-of-squares.mdx#competencies.0: the id of an existing competency in content/competencies/ (debugging, testing)',
			'content/questions/sum-of-squares.mdx#related.0: the id of an existing question in content/questions/ (flaky-test, sum-of-squares)',
			'content/scorecards/general.yaml#weights.1.competency: the id of an existing competency in content/competencies/ (debugging, testing)',
			'content/scorecards/general.yaml#stages.0.questions.0: the id of an existing question in content/questions/ (flaky-test, sum-of-squares)',
			'content/guides/screening.mdx#related.0: the id of an existing guide in content/guides/ (screening)',
			'content/exercises/fix-it.mdx#competencies.0: the id of an existing competency in content/competencies/ (debugging, testing)',
			'content/calibration/loop.mdx#question: the id of an existing question in content/questions/ (flaky-test, sum-of-squares)',
		]);
	});
	it('lists at most twelve ids to choose from, sorted, with the count', () => {
		const many = Array.from({ length: 13 }, (_, i) => entry('guides', `guide-${String(13 - i).padStart(2, '0')}`, {}));
		const twelve = many.slice(1);
		const ref = entry('guides', 'screening', { related: ['onboarding'] });
		const expected = (list: LoadedEntry[]) => check(site({ guides: [...list, ref] })).map((p) => p.expected);
		const sorted = (list: LoadedEntry[]) => [...list.map((e) => e.id), 'screening'].sort();
		expect(expected(twelve.slice(1))).toEqual([
			`the id of an existing guide in content/guides/ (${sorted(twelve.slice(1)).join(', ')})`,
		]);
		expect(expected(many)).toEqual([
			`the id of an existing guide in content/guides/ (${sorted(many).slice(0, 12).join(', ')}, … (14 in all))`,
		]);
		expect(expected(twelve)).toEqual([
			`the id of an existing guide in content/guides/ (${sorted(twelve).slice(0, 12).join(', ')}, … (13 in all))`,
		]);
	});
	it('leaves malformed ids, and values that are not text, to the schema', () => {
		const content = site({
			questions: [
				entry('questions', 'sum-of-squares', { competencies: ['Testing', 3], related: [null, 'Flaky Test'] }),
				entry('questions', 'flaky-test', { competencies: 'debugging', related: 'sum-of-squares' }),
			],
			calibration: [entry('calibration', 'loop', { question: 42 })],
		});
		expect(brief(content)).toEqual([]);
	});
	it('does not trip over a weight or stage that is not an object, or a scorecard without stages', () => {
		const content = site({
			scorecards: [
				entry('scorecards', 'general', { weights: [null, { competency: 'testing' }], stages: [null, 3] }),
				entry('scorecards', 'bare', { weights: [{ competency: 'nope' }] }),
			],
		});
		expect(brief(content)).toEqual([
			'content/scorecards/bare.yaml#weights.0.competency: the id of an existing competency in content/competencies/ (debugging, testing)',
		]);
	});
	it('reads a single reference as well as a list, and a missing list as empty', () => {
		const content = site({
			questions: [
				entry('questions', 'sum-of-squares', { competencies: 'tests' }),
				entry('questions', 'flaky-test', { related: 'flaky-test' }),
			],
			scorecards: [entry('scorecards', 'general', { stages: [{}, { questions: ['nope'] }] })],
		});
		expect(brief(content)).toEqual([
			'content/questions/sum-of-squares.mdx#competencies: the id of an existing competency in content/competencies/ (debugging, testing)',
			'content/questions/flaky-test.mdx#related: a reference to another entry, not to this one',
			'content/scorecards/general.yaml#stages.1.questions.0: the id of an existing question in content/questions/ (flaky-test, sum-of-squares)',
		]);
	});
	it('reports a repeated reference each time it repeats, and a missing one however often it appears', () => {
		const content = site({
			guides: [
				entry('guides', 'screening', { related: [] }),
				entry('guides', 'debrief', { related: ['screening', 'screening', 'screening'] }),
			],
			calibration: [],
			scorecards: [
				entry('scorecards', 'general', {
					weights: [{ competency: 'testing' }],
					stages: [{ questions: ['nope', 'nope'] }],
				}),
			],
		});
		expect(check(content).map((p) => `${p.field}: ${p.expected.slice(0, 30)}`)).toEqual([
			'stages.0.questions.0: the id of an existing question',
			'stages.0.questions.1: the id of an existing question',
			'related.1: each id listed once; this one ',
			'related.2: each id listed once; this one ',
		]);
	});
});

describe('checkIntegrity: ids, the rating scale and the levels', () => {
	it('refuses a file name that is not an id, except in the rating scale, and an id used twice in a collection', () => {
		const content = site({
			guides: [entry('guides', 'screening', {}), entry('guides', 'Screening', {}), entry('guides', 'web apis', {})],
			calibration: [entry('calibration', 'screening', { question: 'flaky-test' })],
		});
		expect(check(content)).toEqual([
			{
				file: 'content/guides/Screening.mdx',
				line: 1,
				column: 1,
				field: '',
				value: '"Screening"',
				expected: 'a file name of lower-case words joined by hyphens (the name is the id and the URL)',
			},
			{
				file: 'content/guides/Screening.mdx',
				line: 1,
				column: 1,
				field: '',
				value: '"Screening"',
				expected: 'an id not already used in guides (also used by content/guides/screening.mdx)',
			},
			{
				file: 'content/guides/web apis.mdx',
				line: 1,
				column: 1,
				field: '',
				value: '"web apis"',
				expected: 'a file name of lower-case words joined by hyphens (the name is the id and the URL)',
			},
		]);
		expect(brief(site({ guides: [entry('guides', 'screening-', {})] }))).toEqual([
			'content/guides/screening-.mdx#: a file name of lower-case words joined by hyphens (the name is the id and the URL)',
		]);
	});
	it('needs exactly the four points of the rating scale, each with its own value', () => {
		const scale = site().ratingScale;
		const missing = site();
		missing.ratingScale = scale.slice(0, 3);
		expect(check(missing)).toEqual([
			{
				file: 'content/rating-scale.yaml',
				line: 1,
				column: 1,
				field: '',
				value: '["1","2","3"]',
				expected: 'exactly the four points "1", "2", "3" and "4"',
			},
		]);
		// Its points are keys in one file, not file names: a bad key is named once, as a missing point.
		const misnamed = site();
		misnamed.ratingScale = scale.map((p) => (p.id === '4' ? { ...p, id: 'Four', data: { value: 'Four' } } : p));
		expect(check(misnamed).map((p) => p.expected)).toEqual(['exactly the four points "1", "2", "3" and "4"']);
		const none = site();
		none.ratingScale = [];
		expect(check(none).map((p) => [p.file, p.value])).toEqual([['content/rating-scale.yaml', '[]']]);
		const shuffled = site();
		shuffled.ratingScale = [scale[3]!, scale[1]!, scale[0]!, scale[2]!];
		expect(check(shuffled)).toEqual([]);
		const wrong = site();
		wrong.ratingScale = scale.map((p) => (p.id === '3' ? { ...p, data: { value: 4 } } : p));
		expect(check(wrong)).toEqual([
			{
				file: 'content/rating-scale.yaml',
				line: 1,
				column: 1,
				field: 'value',
				value: '4',
				expected: 'the value 3, matching the key',
			},
		]);
	});
	it('needs one file per level, each in its place in the order', () => {
		const missing = site();
		missing.levels = missing.levels.filter((l) => l.id !== 'staff');
		expect(check(missing)).toEqual([
			{
				file: 'content/levels',
				line: 1,
				column: 1,
				field: '',
				value: JSON.stringify(LEVEL_IDS.filter((l) => l !== 'staff').sort()),
				expected: `one file for each level: ${LEVEL_IDS.join(', ')}`,
			},
		]);
		const shuffled = site();
		shuffled.levels = [...shuffled.levels].reverse();
		expect(check(shuffled)).toEqual([]);
		const misordered = site();
		misordered.levels = misordered.levels.map((l) => (l.id === 'mid' ? { ...l, data: { order: 3 } } : l));
		const position = LEVEL_IDS.indexOf('mid') + 1;
		expect(check(misordered).map((p) => p.value)).toEqual(['3']);
		expect(brief(misordered)).toEqual([
			`content/levels/mid.yaml#order: ${position} (mid is level ${position} of ${LEVEL_IDS.length})`,
		]);
		// An unknown level is the schema's to report, not given an order here.
		const extra = site();
		extra.levels = [...extra.levels, entry('levels', 'principal', { order: 9 })];
		expect(check(extra).map((p) => p.file)).toEqual(['content/levels']);
	});
});

describe('checkIntegrity: exercise files', () => {
	const exercise = (data: Record<string, unknown>) => site({ exercises: [entry('exercises', 'fix-the-total', data)] });
	const exists = (paths: string[]) => (p: string) => paths.includes(p);
	it('needs every listed file and every verify path to exist in the exercise folder', () => {
		const content = exercise({
			files: [{ path: 'flawed/orders.py' }, { path: 'test_orders.py' }],
			verify: { test: 'test_orders.py', flawed: 'flawed/orders.py', fixed: 'fixed/orders.py' },
		});
		const folder = 'content/exercises/fix-the-total';
		expect(
			checkIntegrity(content, { fileExists: exists([`${folder}/flawed/orders.py`, `${folder}/test_orders.py`]) }),
		).toEqual([
			{
				file: 'content/exercises/fix-the-total.mdx',
				line: 2,
				column: 3,
				field: 'verify.fixed',
				value: '"fixed/orders.py"',
				expected: 'a path that exists in content/exercises/fix-the-total/',
			},
		]);
		expect(
			checkIntegrity(content, { fileExists: exists([`${folder}/test_orders.py`, `${folder}/fixed/orders.py`]) }).map(
				(p) => `${p.field}: ${p.expected}`,
			),
		).toEqual([
			'files.0.path: a file that exists in content/exercises/fix-the-total/',
			'verify.flawed: a path that exists in content/exercises/fix-the-total/',
		]);
	});
	it('leaves unsafe or missing paths to the schema instead of looking them up', () => {
		const lookedUp: string[] = [];
		const content = exercise({
			files: [
				{ path: '../../package.json' },
				{ path: '/etc/passwd' },
				{},
				{ path: 7 },
				{ path: 'my file.py' },
				{ path: 'ok.py' },
			],
			verify: { test: '../x.py', flawed: 3, fixed: 'a/../../b.py' },
		});
		checkIntegrity(content, {
			fileExists: (p) => {
				lookedUp.push(p);
				return true;
			},
		});
		expect(lookedUp).toEqual(['content/exercises/fix-the-total/ok.py']);
		expect(checkIntegrity(exercise({}), { fileExists: () => false })).toEqual([]);
	});
});
