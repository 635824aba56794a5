import type { APIRoute } from 'astro';
import { exportJsonSchema, questionExportSchema } from '../../schemas/exports.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(exportJsonSchema(questionExportSchema, 'The question bank export'), null, 2), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
