// Builds the search index for the built site on its own (the build benchmark times it as a phase;
// `npm run build` does it through scripts/build.ts). Logic: scripts/lib/search-index.ts.
import { outDir } from './lib/built-site.ts';
import { indexSite } from './lib/search-index.ts';

try {
  const { pages, questions, tips } = await indexSite(outDir());
  console.log(`build-search: indexed ${pages} pages, ${questions} questions and ${tips} tips`);
} catch (error) {
  console.error(`build-search: ${(error as Error).message}`);
  process.exit(1);
}
