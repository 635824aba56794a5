import type { APIRoute } from 'astro';
import { getScorecards } from '../../data/content.ts';
import { scorecardExport } from '../../lib/exports.ts';
import { entryPath } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
	const scorecards = await getScorecards();
	const base = new URL(import.meta.env.BASE_URL, site);
	const body = scorecards.map((s) => scorecardExport(s.id, s.data, new URL(entryPath('scorecards', s.id), base).href));
	return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
