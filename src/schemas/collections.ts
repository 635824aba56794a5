/**
 * Where each collection lives and which schema shapes it. `src/content.config.ts` wires these
 * to Astro's loaders, and the content check reads the same list, so the two cannot disagree.
 */
import { calibrationSchema } from './calibration.ts';
import { competencySchema } from './competency.ts';
import { exerciseSchema } from './exercise.ts';
import { guideSchema } from './guide.ts';
import { levelSchema } from './level.ts';
import { questionSchema } from './question.ts';
import { ratingPointSchema } from './rating-scale.ts';
import { scorecardSchema } from './scorecard.ts';

export const collectionSources = {
	/** One YAML file, keyed "1" to "4". */
	ratingScale: { kind: 'map', path: 'content/rating-scale.yaml', schema: ratingPointSchema },
	levels: { kind: 'folder', base: 'content/levels', ext: 'yaml', schema: levelSchema },
	competencies: { kind: 'folder', base: 'content/competencies', ext: 'yaml', schema: competencySchema },
	questions: { kind: 'folder', base: 'content/questions', ext: 'mdx', schema: questionSchema },
	scorecards: { kind: 'folder', base: 'content/scorecards', ext: 'yaml', schema: scorecardSchema },
	guides: { kind: 'folder', base: 'content/guides', ext: 'mdx', schema: guideSchema },
	exercises: { kind: 'folder', base: 'content/exercises', ext: 'mdx', schema: exerciseSchema },
	calibration: { kind: 'folder', base: 'content/calibration', ext: 'mdx', schema: calibrationSchema },
} as const;

export type CollectionName = keyof typeof collectionSources;
