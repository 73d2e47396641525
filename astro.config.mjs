// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// Deploying under a sub-path (e.g. https://example.edu/careers/handbook/) is a build-time choice:
// BASE_PATH=/careers/handbook/ npm run build. SITE sets the absolute origin used in copied links.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        output: {
          // The planner's start-up code ships as one chunk instead of a dozen tiny ones: each
          // chunk costs its own gzip dictionary, and the page has a 30 KB JavaScript budget.
          // Code loaded on demand (CSV, calendar, import, old-version upgrade) stays apart.
          codeSplitting: {
            groups: [
              // Preact first, in its own chunk, so other islands never load planner code.
              { name: 'preact', test: /\/node_modules\/preact\/|preload-helper|rolldown[:/]runtime/, priority: 2 },
              {
                name: 'planner-core',
                priority: 1,
                test: /\/src\/(lib\/(dates|reminders|planner-(document|merge|ops|storage|labels)|safe-link|pipeline)|stores\/planner[\w-]*|schemas\/planner|islands\/planner\/(download|exports|Field|useLazy))\.tsx?$|\/node_modules\/(nanostores|@nanostores|zod)\//,
              },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
