import type { APIRoute } from 'astro';
import { getHandbook } from '../data/handbook';

// Old question ids (of questions merged into another) mapped to the live id that replaced them,
// so code that reads ids from outside the build (a share link, a saved sheet) can resolve them.
// A separate file because question-bank.json is a plain array its readers rely on.
export const GET: APIRoute = async () => {
  const { questionAliases } = await getHandbook();
  return new Response(JSON.stringify(questionAliases), { headers: { 'Content-Type': 'application/json' } });
};
