import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSources as s } from './schemas/collections.ts';

// Only wiring: locations and schemas are defined once in src/schemas/collections.ts.
const folder = (source: { base: string; ext: string }) =>
	glob({ pattern: `*.${source.ext}`, base: `./${source.base}` });

export const collections = {
	ratingScale: defineCollection({ loader: file(`./${s.ratingScale.path}`), schema: s.ratingScale.schema }),
	levels: defineCollection({ loader: folder(s.levels), schema: s.levels.schema }),
	competencies: defineCollection({ loader: folder(s.competencies), schema: s.competencies.schema }),
	questions: defineCollection({ loader: folder(s.questions), schema: s.questions.schema }),
	scorecards: defineCollection({ loader: folder(s.scorecards), schema: s.scorecards.schema }),
	guides: defineCollection({ loader: folder(s.guides), schema: s.guides.schema }),
	exercises: defineCollection({ loader: folder(s.exercises), schema: s.exercises.schema }),
	calibration: defineCollection({ loader: folder(s.calibration), schema: s.calibration.schema }),
};
