/**
 * Publishes each exercise file listed in the exercise's frontmatter as a static download. The
 * files stay beside their exercise in content/, so the tests run exactly what candidates get.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getExercises } from '../../../../data/content.ts';

export const getStaticPaths = (async () => {
	const exercises = await getExercises();
	return exercises.flatMap((exercise) =>
		exercise.data.files.map((file) => ({
			params: { id: exercise.id, path: file.path },
			props: { source: `content/exercises/${exercise.id}/${file.path}` },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const body = await readFile(props['source'] as string);
	return new Response(body);
};
