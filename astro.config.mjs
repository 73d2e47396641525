// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import handbook from './src/integration/index.ts';
import { unwrapDynamicImports } from './src/integration/unwrap-dynamic-imports.ts';

// The edition (EDITION_DIR, or CONTENT_DIR, or ./content; issue #15) is loaded once, by the
// handbook integration (src/integration/), which also sets what follows from it: the base path
// (the edition's site.basePath, or BASE_PATH=/careers/handbook/, which overrides it), the site
// (site.url or SITE_URL), the Markdown processor, a content cache per edition folder
// (ASTRO_CACHE_DIR overrides it), and the steps after the pages: search index, service worker,
// framing headers.
export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    handbook(),
    mdx(),
    preact(),
    {
      // No module-preload helper: the only dynamic imports load on demand (search, exports), and
      // the helper alone would cost a handbook page almost half of its 2 KB JavaScript budget.
      name: 'no-module-preload',
      hooks: {
        'astro:build:setup': ({ vite }) => {
          for (const build of [vite.build, vite.environments?.client?.build]) if (build) build.modulePreload = false;
        },
      },
    },
  ],
  vite: {
    // Islands' JSX is compiled by Vite's own (Rust) transform, as tsconfig.json's jsx settings say.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [
      tailwindcss(),
      {
        // Vite wraps every dynamic import in a preload helper (about 0.9 KB gzip) that fetches the
        // chunk's CSS and preloads its imports. Our on-demand chunks carry no CSS and module
        // preloading is off, so a pass-through does the same job for a handbook page's budget.
        name: 'plain-dynamic-import',
        enforce: 'pre',
        load: {
          filter: { id: /^\0vite\/preload-helper\.js$/ },
          handler: () => 'export const __vitePreload = (load) => load();',
        },
        // The calls go too, and the import of the helper's chunk (src/integration/unwrap-dynamic-imports.ts).
        renderChunk: (code) => (code.includes('__vitePreload') ? unwrapDynamicImports(code) : null),
      },
    ],
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks every MDX content module with a "use astro:head-inject" directive, and the
          // bundler warns once per file that it may not keep it (withastro/astro#18087, open,
          // harmless: Astro reads the directive before bundling). Drop exactly that warning, so a
          // newcomer's build is not a wall of yellow; every other warning still shows. Remove
          // this filter once the upstream fix lands.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
        // Constants shared between scripts (src/lib/storage-keys.ts) are copied into each use, so
        // sharing them does not create a chunk that every handbook page would have to fetch.
        optimization: { inlineConst: { mode: 'all' } },
        output: {
          // The planner's start-up code ships as one chunk instead of a dozen tiny ones: each
          // chunk costs its own gzip dictionary, and the page has a 30 KB JavaScript budget.
          // Code loaded on demand (CSV, calendar, import, old-version upgrade) stays apart, and so
          // does zod: start-up reads saved data with planner-check.ts, and only import and the
          // old-version upgrade load zod and the schemas. A file in this group loads with the
          // page whichever code imports it, so only start-up files belong here.
          codeSplitting: {
            groups: [
              // Vite's dynamic-import helper (a pass-through, see above) is used by every page:
              // it must not end up inside a group, or handbook pages would load that group.
              { name: 'dynamic-import', test: /preload-helper/, priority: 3 },
              // The QR encoder loads on demand; a name says what it is in budget reports and tests.
              { name: 'qr-encoder', test: /\/node_modules\/uqr\//, priority: 3 },
              // What every island needs (Preact and the nanostores that islands share state
              // through) in its own chunk, so the builder never loads planner code and vice versa.
              // The islands' kit (src/islands/kit/, not its planner/ subfolder) joins it where two
              // islands load a piece at start-up: a few hundred bytes each, which as chunks of
              // their own would cost every island page more in requests and gzip overhead than
              // they weigh. Kit pieces loaded on demand (Dialog) or by one island stay with their
              // users ($initial: reached by static imports from a page; minShareCount: two users).
              // nanostores' computed is left out: only the planner's stores use it (below).
              {
                name: 'preact',
                test: /\/node_modules\/(preact|nanostores(?!\/computed\/)|@nanostores)\/|rolldown[:/]runtime|\/src\/islands\/kit\/[^/]+\.tsx?$/,
                priority: 2,
                tags: ['$initial'],
                minShareCount: 2,
              },
              {
                // Chosen by folder: everything directly in src/lib/planner/ and src/stores/planner/
                // is start-up code, and so is src/islands/kit/planner/ (what the planner and the
                // companion both use to show and edit the planner's data: save status, notices,
                // the form field). On-demand code lives in subfolders (on-demand/, upgrade/) and
                // loads only when asked. Put a file in these folders only if the planner or the
                // companion needs it to show its first screen.
                // nanostores' computed joins them while only the planner's stores derive state; if
                // another island's store uses computed, put it back in the group above, or that
                // island would load this whole chunk.
                name: 'planner-core',
                priority: 1,
                test: /\/src\/((lib|stores)\/planner|islands\/kit\/planner)\/[^/]+\.tsx?$|\/node_modules\/nanostores\/computed\//,
              },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Shiki writes inline styles, which the CSP below forbids; the handbook has no code blocks.
  // The processor is Sätteri, Astro's Rust Markdown processor, set by the handbook integration with
  // the base path: the unified pipeline with the same plugins gave the same pages but took about
  // 20 times as long, most of each page's build time.
  markdown: { syntaxHighlight: false },
  security: {
    // Every page carries a policy with hashes for Astro's own scripts and styles; nothing inline
    // runs unless Astro hashed it, and nothing loads from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The service worker and the web app manifest come from this site only (issue #14).
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        // 'self' lets search load Pagefind's script from this site on first use.
        // 'wasm-unsafe-eval' is needed by Pagefind alone: its search engine is WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
