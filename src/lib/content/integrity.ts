/**
 * Checks that need more than one entry: references name entries that exist, ids are well
 * formed and unique, and the fixed vocabularies (rating scale, levels) are complete.
 */
import { ENTRY_ID, LEVEL_IDS } from '../taxonomy.ts';
import { RATING_KEYS } from '../rating-scale.ts';
import { describeValue, type ContentProblem } from './problem.ts';
import type { FieldPath, Position } from './source.ts';

export interface LoadedEntry {
	id: string;
	file: string;
	data: Record<string, unknown>;
	locate(path: FieldPath): Position;
	/** For MDX: how many lines come before the body, so body problems get file line numbers. */
	bodyLine?: number;
}

export type LoadedContent = Record<
	'ratingScale' | 'levels' | 'competencies' | 'questions' | 'scorecards' | 'guides' | 'exercises' | 'calibration',
	LoadedEntry[]
>;

const ID = ENTRY_ID;
/** Same rule as the exercise schema: relative, no `..`; anything else is the schema's to report. */
const SAFE_PATH = /^(?!\/)(?!.*\.\.)[\w./-]+$/;

export interface IntegrityOptions {
	/** Whether a file exists, relative to the project root; used for exercise downloads. */
	fileExists(path: string): boolean;
}

export function checkIntegrity(content: LoadedContent, options: IntegrityOptions): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = (list: LoadedEntry[]) => new Set(list.map((e) => e.id));
	const known = {
		competencies: ids(content.competencies),
		questions: ids(content.questions),
		guides: ids(content.guides),
		exercises: ids(content.exercises),
	};

	const report = (entry: LoadedEntry, path: FieldPath, value: unknown, expected: string) =>
		problems.push({
			file: entry.file,
			...entry.locate(path),
			field: path.join('.'),
			value: describeValue(value),
			expected,
		});

	const singular = {
		competencies: 'competency',
		questions: 'question',
		guides: 'guide',
		exercises: 'exercise',
	} as const;
	const choices = (set: Set<string>) => {
		const all = [...set].sort();
		return all.length > 12 ? `${all.slice(0, 12).join(', ')}, … (${all.length} in all)` : all.join(', ');
	};

	/**
	 * A reference (or list of references) at `path` must name entries in `target`. Only a reference
	 * to this very entry (same collection, same id) refers to itself: a calibration sample may share
	 * its question's id. A competency including itself is reported below, with its own message.
	 */
	const refs = (entry: LoadedEntry, path: FieldPath, target: keyof typeof known) => {
		const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], entry.data);
		const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
		const seen = new Set<string>();
		list.forEach((ref, i) => {
			const where = Array.isArray(value) ? [...path, i] : path;
			// Malformed ids are the schema's to report; looking them up would only say it twice.
			if (typeof ref !== 'string' || !ID.test(ref)) return;
			if (!known[target].has(ref)) {
				report(
					entry,
					where,
					ref,
					`the id of an existing ${singular[target]} in content/${target}/ (${choices(known[target])})`,
				);
			} else if (ref === entry.id && target !== 'competencies' && content[target].includes(entry)) {
				report(entry, where, ref, 'a reference to another entry, not to this one');
			} else if (seen.has(ref)) {
				report(entry, where, ref, 'each id listed once; this one is a repeat');
			}
			seen.add(ref);
		});
	};

	// Ids: file names are the ids (and the URLs), so they must be well formed and unique.
	for (const [collection, entries] of Object.entries(content)) {
		const byId = new Map<string, string>();
		for (const entry of entries) {
			if (collection !== 'ratingScale' && !ID.test(entry.id)) {
				problems.push({
					file: entry.file,
					line: 1,
					column: 1,
					field: '',
					value: JSON.stringify(entry.id),
					expected: 'a file name of lower-case words joined by hyphens (the name is the id and the URL)',
				});
			}
			const previous = byId.get(entry.id.toLowerCase());
			if (previous !== undefined) {
				problems.push({
					file: entry.file,
					line: 1,
					column: 1,
					field: '',
					value: JSON.stringify(entry.id),
					expected: `an id not already used in ${collection} (also used by ${previous})`,
				});
			}
			byId.set(entry.id.toLowerCase(), entry.file);
		}
	}

	const scaleIds = content.ratingScale.map((e) => e.id).sort();
	if (scaleIds.join() !== RATING_KEYS.join()) {
		problems.push({
			file: content.ratingScale[0]?.file ?? 'content/rating-scale.yaml',
			line: 1,
			column: 1,
			field: '',
			value: JSON.stringify(scaleIds),
			expected: 'exactly the four points "1", "2", "3" and "4"',
		});
	}
	for (const point of content.ratingScale) {
		if (String(point.data['value']) !== point.id)
			report(point, ['value'], point.data['value'], `the value ${point.id}, matching the key`);
	}

	const levelIds = content.levels.map((e) => e.id).sort();
	if (levelIds.join() !== [...LEVEL_IDS].sort().join()) {
		problems.push({
			file: 'content/levels',
			line: 1,
			column: 1,
			field: '',
			value: JSON.stringify(levelIds),
			expected: `one file for each level: ${LEVEL_IDS.join(', ')}`,
		});
	}
	for (const level of content.levels) {
		const expectedOrder = LEVEL_IDS.indexOf(level.id as (typeof LEVEL_IDS)[number]) + 1;
		if (expectedOrder > 0 && level.data['order'] !== expectedOrder)
			report(
				level,
				['order'],
				level.data['order'],
				`${expectedOrder} (${level.id} is level ${expectedOrder} of ${LEVEL_IDS.length})`,
			);
	}

	for (const c of content.competencies) {
		refs(c, ['includes'], 'competencies');
		const includes = (c.data['includes'] as unknown[] | undefined) ?? [];
		includes.forEach((ref, i) => {
			if (ref === c.id) report(c, ['includes', i], ref, 'another competency, not this one');
		});
	}
	for (const q of content.questions) {
		refs(q, ['competencies'], 'competencies');
		refs(q, ['related'], 'questions');
	}
	for (const s of content.scorecards) {
		const weights = (s.data['weights'] as unknown[] | undefined) ?? [];
		weights.forEach((_, i) => refs(s, ['weights', i, 'competency'], 'competencies'));
		const stages = (s.data['stages'] as unknown[] | undefined) ?? [];
		stages.forEach((_, i) => {
			refs(s, ['stages', i, 'questions'], 'questions');
			refs(s, ['stages', i, 'exercise'], 'exercises');
		});
	}
	for (const g of content.guides) refs(g, ['related'], 'guides');
	for (const e of content.exercises) {
		refs(e, ['competencies'], 'competencies');
		const folder = `content/exercises/${e.id}`;
		const files = (e.data['files'] as { path?: unknown }[] | undefined) ?? [];
		files.forEach((f, i) => {
			if (typeof f.path === 'string' && SAFE_PATH.test(f.path) && !options.fileExists(`${folder}/${f.path}`)) {
				report(e, ['files', i, 'path'], f.path, `a file that exists in ${folder}/`);
			}
		});
		const verify = e.data['verify'] as Record<string, unknown> | undefined;
		for (const key of ['test', 'flawed', 'fixed'] as const) {
			const p = verify?.[key];
			if (typeof p === 'string' && SAFE_PATH.test(p) && !options.fileExists(`${folder}/${p}`)) {
				report(e, ['verify', key], p, `a path that exists in ${folder}/`);
			}
		}
	}
	for (const sample of content.calibration) refs(sample, ['question'], 'questions');

	return problems;
}
