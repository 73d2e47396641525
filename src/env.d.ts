/** False in a build made with OFFLINE=off: no service worker is registered (src/integration/index.ts). */
declare const __OFFLINE__: boolean;

/** This build's edition, loaded once by the handbook integration (src/integration/). */
declare module 'virtual:handbook/edition' {
  /** Settings, starter sheets, base path, site and embed origins, every override applied. */
  export const edition: import('./lib/edition/resolved').ResolvedEdition;
}
