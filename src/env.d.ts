/** False in a build made with OFFLINE=off: no service worker is registered (astro.config.mjs). */
declare const __OFFLINE__: boolean;

/** The edition's checked settings (edition.yaml) and its folder, provided by astro.config.mjs. */
declare module 'virtual:edition' {
  export const settings: import('./schemas/edition').Edition;
  export const editionDir: string;
}
