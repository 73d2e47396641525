// @astrojs/preact always switches on @preact/preset-vite's Babel pass (it passes a babel option),
// which then reparses and reprints every .ts and .tsx file it sees to do what Vite's own (Rust)
// transform does for JSX (astro.config.mjs sets it): about a second of a clean build, a fifth of the
// server bundle's CPU. A build needs nothing else from it (hook names and devtools are for `astro
// dev`), so the handbook integration adds this plugin for the `build` command only. It is not
// limited to Vite's build mode: `astro build` first syncs content with a Vite server of its own,
// where Babel would otherwise still load the content config and every schema it imports.
import type { Plugin } from 'vite';

/** A Vite plugin that takes the Babel transform out of @preact/preset-vite's JSX plugin. */
export function preactWithoutBabel(): Plugin {
  return {
    name: 'preact-jsx-without-babel',
    configResolved(config) {
      const babel = config.plugins.find((plugin) => plugin.name === 'vite:preact-jsx');
      if (babel) (babel as { transform?: unknown }).transform = undefined;
    },
  };
}
