import type { APIRoute } from 'astro';
import { getQuestions } from '../../data/content.ts';
import { questionExport } from '../../lib/exports.ts';
import { entryPath } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
	const questions = await getQuestions();
	const base = new URL(import.meta.env.BASE_URL, site);
	const body = questions.map((q) =>
		questionExport(q.id, q.data, q.body ?? '', new URL(entryPath('questions', q.id), base).href),
	);
	return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
