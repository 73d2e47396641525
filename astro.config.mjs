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
  // Fixture builds in the tests use their own cache so they never mix with the real content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Shiki writes inline styles, which the CSP below forbids; the handbook has no code blocks.
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
