import type { APIRoute } from 'astro';
import { exportJsonSchema, scorecardExportSchema } from '../../schemas/exports.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(exportJsonSchema(scorecardExportSchema, 'The scorecard export'), null, 2), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
