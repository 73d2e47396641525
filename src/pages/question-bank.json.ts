import type { APIRoute } from 'astro';
import { getHandbook } from '../data/handbook';
import type { BankEntry } from '../lib/bank';

// The bank as data, fetched by the counselors' link builder only when a counselor starts using
// it, so the counselors page itself stays light.
export const GET: APIRoute = async () => {
  const { questions } = await getHandbook();
  const bank: BankEntry[] = questions.map(({ id, text, part, situations, sensitive, needsResearch, category }) => ({
    id,
    text,
    part,
    situations,
    sensitive,
    needsResearch,
    category: category.id,
  }));
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json' } });
};
