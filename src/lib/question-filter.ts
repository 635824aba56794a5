/**
 * The question bank's filters (competency, level, format, maximum minutes) and their URL form,
 * e.g. `?competency=concurrency&level=senior&maxMinutes=20`.
 */
import { ENTRY_ID } from './taxonomy.ts';

export interface QuestionFilter {
	competency: string;
	level: string;
	format: string;
	/** 0 means no limit. */
	maxMinutes: number;
}

export interface FilterableQuestion {
	competencies: readonly string[];
	levels: readonly string[];
	format: string;
	minutes: number;
}

export const NO_FILTER: QuestionFilter = { competency: '', level: '', format: '', maxMinutes: 0 };

const ID = ENTRY_ID;

export function parseQuestionFilter(search: string): QuestionFilter {
	const p = new URLSearchParams(search);
	const id = (key: string) => {
		const v = p.get(key) ?? '';
		return ID.test(v) ? v : '';
	};
	const minutes = Number(p.get('maxMinutes') ?? 0);
	return {
		competency: id('competency'),
		level: id('level'),
		format: id('format'),
		maxMinutes: Number.isInteger(minutes) && minutes > 0 && minutes <= 600 ? minutes : 0,
	};
}

export function questionFilterSearch(f: QuestionFilter): string {
	const p = new URLSearchParams();
	if (f.competency) p.set('competency', f.competency);
	if (f.level) p.set('level', f.level);
	if (f.format) p.set('format', f.format);
	if (f.maxMinutes > 0) p.set('maxMinutes', String(f.maxMinutes));
	const s = p.toString();
	return s === '' ? '' : `?${s}`;
}

export function matchesFilter(q: FilterableQuestion, f: QuestionFilter): boolean {
	return (
		(f.competency === '' || q.competencies.includes(f.competency)) &&
		(f.level === '' || q.levels.includes(f.level)) &&
		(f.format === '' || q.format === f.format) &&
		(f.maxMinutes === 0 || q.minutes <= f.maxMinutes)
	);
}
