/**
 * The handbook's fixed vocabularies. Each exists once: schemas build their enums from these
 * lists, pages take their labels from here, and tools and tests import the same values.
 */

/** Seniority levels, in ascending order of scope. Content in `content/levels/` describes each. */
export const LEVEL_IDS = ['junior', 'mid', 'senior', 'staff'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** How a question is asked. The label is what pages and filters show. */
export const FORMATS = {
	conceptual: 'Conceptual',
	coding: 'Coding',
	'code-review': 'Code review',
	debugging: 'Debugging',
	'system-design': 'System design',
	behavioural: 'Behavioural',
	'take-home': 'Take-home',
} as const;
export type FormatId = keyof typeof FORMATS;
export const FORMAT_IDS = Object.keys(FORMATS) as [FormatId, ...FormatId[]];

/** Areas that group competencies on the competency list. Order here is display order. */
export const AREAS = {
	'core-language': 'Core language',
	'engineering-practice': 'Engineering practice',
	'architecture-and-systems': 'Architecture and systems',
	'data-and-ml': 'Data and ML',
	'delivery-and-operations': 'Delivery and operations',
	security: 'Security',
	collaboration: 'Collaboration',
} as const;
export type AreaId = keyof typeof AREAS;
export const AREA_IDS = Object.keys(AREAS) as [AreaId, ...AreaId[]];

/** A retired question stays readable (and findable) but is never proposed for a kit. */
export const QUESTION_STATUSES = ['active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** The kinds of hands-on exercise an interviewer can run. */
export const EXERCISE_KINDS = {
	'take-home': 'Take-home brief',
	'live-debugging': 'Live debugging and refactoring',
	'code-review': 'Code-review repository',
	'service-sketch': 'Service sketch',
} as const;
export type ExerciseKind = keyof typeof EXERCISE_KINDS;
export const EXERCISE_KIND_IDS = Object.keys(EXERCISE_KINDS) as [ExerciseKind, ...ExerciseKind[]];

/** Who a downloadable exercise file is for: handed to the candidate, or kept by the interviewer. */
export const FILE_AUDIENCES = ['candidate', 'interviewer'] as const;

/**
 * An entry id: lower-case words joined by hyphens, e.g. `lru-cache`. The file name of every entry,
 * the form of every reference, and what a tool accepts as a competency or scorecard id.
 */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
