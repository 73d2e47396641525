interface ImportMetaEnv {
  /** False in a build made with OFFLINE=off: no service worker is registered (astro.config.mjs). */
  readonly OFFLINE: boolean;
}
