/**
 * What the kit page hands its element, one type for both sides: the page builds it with
 * `kitPageData` from the collections, the element reads it from the JSON island. Questions and
 * scorecards come from the site's own /api exports (one projection, shared with every consumer).
 */
import type { Competency } from '../../schemas/competency.ts';
import type { RatingPoint } from '../../schemas/rating-scale.ts';

export interface KitPageData {
	competencies: (Pick<Competency, 'title' | 'includes'> & { id: string })[];
	scale: Pick<RatingPoint, 'value' | 'label'>[];
	api: { questions: string; scorecards: string };
}

export function kitPageData(
	competencies: readonly { id: string; data: Competency }[],
	scale: readonly { data: RatingPoint }[],
	api: KitPageData['api'],
): KitPageData {
	return {
		competencies: competencies.map((c) => ({ id: c.id, title: c.data.title, includes: [...c.data.includes] })),
		scale: scale.map((p) => ({ value: p.data.value, label: p.data.label })),
		api,
	};
}
