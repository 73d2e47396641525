import type { APIRoute } from 'astro';
import { getHandbook } from '../data/handbook';
import { aliasWordsFor } from '../lib/search-alias-words';
import type { SearchRecord } from '../lib/search-record';

// Written at build time and consumed (then deleted) by the search index (src/integration/search-index.ts), so questions and
// tips come up one by one in search, each leading to its own anchor.
export const GET: APIRoute = async () => {
  const { questions, tips, searchAliases } = await getHandbook();
  // Words readers use for the same things (content/search-aliases.yaml), so "CV" finds resume questions.
  const also = (text: string, id?: string) => aliasWordsFor(text, searchAliases, id).join(' ');
  const records: SearchRecord[] = [
    ...questions.map((q) => ({
      url: `/questions/${q.category.id}/#${q.id}`,
      title: q.text,
      content: `${q.text} ${q.category.title} ${also(q.text, q.id)}`,
      kind: `Question · ${q.category.title}`,
    })),
    ...tips.map((t) => ({
      url: `/tips/#${t.data.id}`,
      title: `${t.data.kind === 'do' ? 'Do' : "Don't"}: ${t.data.rule}`,
      content: `${t.data.rule} ${t.data.why} ${also(`${t.data.rule} ${t.data.why}`)}`,
      kind: t.data.kind === 'do' ? 'Do' : "Don't",
    })),
  ];
  return new Response(JSON.stringify(records));
};
