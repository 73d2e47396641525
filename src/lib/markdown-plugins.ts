// The handbook's Markdown additions, as plugins for Sätteri (Astro's Rust Markdown processor,
// set in astro.config.mjs). They replaced rehype plugins of the unified pipeline, and the pages
// came out the same (scripts/compare-builds.ts checks that):
// - every heading gets an id scoped to its entry (`find-people--why`), so the printable handbook,
//   which shows every entry on one page, has no two headings sharing an id;
// - every heading gets a copy-link control beside it, not inside it, so a heading's accessible
//   name is its text alone: `div.heading-row > [heading, a]`; without JavaScript it is a link;
// - links written from the site root (`/steps/find-people/`) get the deployment's base path.
import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The entry name of a content file: `content/steps/find-people.mdx` gives `find-people`. */
export function entryName(filePath: string | undefined): string | undefined {
  const match = /([^/\\]+)\.mdx?$/.exec(filePath ?? '');
  return match?.[1];
}

/** Scoped heading ids and the copy-link control. A factory: each document gets its own slugger. */
const headings: HastPluginEntry = ({ fileURL }) => {
  const prefix = entryName(fileURL && decodeURIComponent(fileURL.pathname));
  const slugger = new Slugger();
  return {
    name: 'handbook-headings',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const own = node.properties?.id;
        // Astro's own heading plugin runs after this one and keeps an id it finds, so the heading
        // list render() returns carries the scoped ids too.
        const id = typeof own === 'string' ? own : prefix ? `${prefix}--${slugger.slug(text)}` : slugger.slug(text);
        ctx.setProperty(node, 'id', id);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-row'] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: {
                dataCopyLink: '',
                className: ['copy-link', 'no-print'],
                ariaLabel: `Copy link to this section: ${text}`,
                href: `#${id}`,
              },
              children: [{ type: 'text', value: '#' }],
            },
          ],
        });
      },
    },
  };
};

/** Root-relative links with the base path; nothing to do at the site root. */
const baseLinks = (base: string): HastPluginEntry => {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/') return null;
  return {
    name: 'handbook-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//'))
          ctx.setProperty(node, 'href', prefix + href.slice(1));
      },
    },
  };
};

/** The handbook's Markdown plugins for a site served under `base`. */
export const markdownPlugins = (base: string): HastPluginEntry[] => [headings, baseLinks(base)];
