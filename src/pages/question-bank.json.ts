import type { APIRoute } from 'astro';
import { getHandbook } from '../data/handbook';
import { toBankEntry, type BankEntry } from '../lib/bank';

// The bank as data, fetched by the counselors' link builder only when a counselor starts using
// it, so the counselors page itself stays light.
export const GET: APIRoute = async () => {
  const { questions } = await getHandbook();
  const bank: BankEntry[] = questions.map(toBankEntry);
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json' } });
};
