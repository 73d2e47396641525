/** False in a build made with OFFLINE=off: no service worker is registered (astro.config.mjs). */
declare const __OFFLINE__: boolean;
