/**
 * Collection access for pages: each function hands back plain, sorted arrays so that pages
 * and `src/lib` never depend on Astro's query API or on load order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LEVEL_IDS, type LevelId } from '../lib/taxonomy.ts';

export type QuestionEntry = CollectionEntry<'questions'>;
export type CompetencyEntry = CollectionEntry<'competencies'>;
export type ScorecardEntry = CollectionEntry<'scorecards'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;
export type CalibrationEntry = CollectionEntry<'calibration'>;
export type LevelEntry = CollectionEntry<'levels'>;
export type RatingPointEntry = CollectionEntry<'ratingScale'>;

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);

export async function getRatingScale(): Promise<RatingPointEntry[]> {
	return (await getCollection('ratingScale')).sort((a, b) => a.data.value - b.data.value);
}

export async function getLevels(): Promise<LevelEntry[]> {
	return (await getCollection('levels')).sort((a, b) => a.data.order - b.data.order);
}

export async function getCompetencies(): Promise<CompetencyEntry[]> {
	return (await getCollection('competencies')).sort(byTitle);
}

export async function getQuestions(): Promise<QuestionEntry[]> {
	return (await getCollection('questions')).sort(byTitle);
}

/**
 * The bank as its list page shows it: grouped by primary competency (competencies in title
 * order), questions by title within a group. Previous and next on a question page walk this order.
 */
export async function getBankGroups(): Promise<{ competency: CompetencyEntry; questions: QuestionEntry[] }[]> {
	const questions = await getQuestions();
	return (await getCompetencies())
		.map((competency) => ({
			competency,
			questions: questions.filter((q) => q.data.competencies[0] === competency.id),
		}))
		.filter((g) => g.questions.length > 0);
}

export async function getScorecards(): Promise<ScorecardEntry[]> {
	const order = (e: ScorecardEntry) => LEVEL_IDS.indexOf(e.data.level as LevelId);
	return (await getCollection('scorecards')).sort(
		(a, b) => a.data.role.localeCompare(b.data.role) || order(a) - order(b),
	);
}

export async function getGuides(): Promise<GuideEntry[]> {
	return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
}

export async function getExercises(): Promise<ExerciseEntry[]> {
	return (await getCollection('exercises')).sort(byTitle);
}

export async function getCalibrationSamples(): Promise<CalibrationEntry[]> {
	return (await getCollection('calibration')).sort(byTitle);
}

/** Titles by id, for rendering references without loading whole entries into every page. */
export async function competencyTitles(): Promise<Map<string, string>> {
	return new Map((await getCollection('competencies')).map((c) => [c.id, c.data.title]));
}

export async function questionTitles(): Promise<Map<string, string>> {
	return new Map((await getCollection('questions')).map((q) => [q.id, q.data.title]));
}
