// How the resolved edition reaches the code Vite builds: the content config, pages, components and
// data loaders import `virtual:handbook/edition` (typed in src/env.d.ts), whose one export is the
// edition the integration loaded. Vitest registers the same plugin (tests/vitest.config.ts).
import type { Plugin } from 'vite';
import type { ResolvedEdition } from '../lib/edition/resolved.ts';
import { editionThemeCss } from '../lib/edition/theme-css.ts';

/** The module's name, as code imports it. */
export const EDITION_MODULE = 'virtual:handbook/edition';
const resolvedId = `\0${EDITION_MODULE}`;

/** A Vite plugin that serves `virtual:handbook/edition` with `edition` as its data. */
export function editionModule(edition: ResolvedEdition): Plugin {
  return {
    name: 'handbook-edition',
    resolveId: (id) => (id === EDITION_MODULE ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? `export const edition = ${JSON.stringify(edition)};` : undefined),
  };
}

/**
 * The edition's brand colors (src/lib/edition/theme-css.ts), added to the end of global.css, so
 * every page and embed view gets them in the one stylesheet it already loads: no inline style
 * (the CSP stays strict) and no extra request. The project's own edition adds nothing.
 */
export function editionTheme(edition: ResolvedEdition): Plugin {
  const css = editionThemeCss(edition.settings);
  return {
    name: 'edition-theme',
    enforce: 'pre',
    transform(code, id) {
      if (!css || !/\/src\/styles\/global\.css(\?|$)/.test(id)) return undefined;
      return `${code}\n${css}\n`;
    },
  };
}
