import type { APIRoute } from 'astro';
import { getHandbook } from '../data/handbook';

// The alias list (content/search-aliases.yaml) for code that loads it on demand: the counselors'
// link builder, and the search index (src/integration/search-index.ts), which feeds the same words into the site search.
export const GET: APIRoute = async () => {
  const { searchAliases } = await getHandbook();
  return new Response(JSON.stringify(searchAliases));
};
