import type { Edition } from '../../schemas/edition.ts';
import { toHex } from './contrast.ts';

/** The accent colours src/styles/global.css already sets; an edition that keeps them adds no CSS. */
const BUILT_IN_ACCENT = { light: '#155443', dark: '#8fd6bd' } as const;

/**
 * The edition's brand colours as CSS custom properties, bundled into the site's stylesheet
 * (astro.config.mjs, virtual:edition-theme.css): no inline style, so the CSP stays strict. The
 * rules are unlayered, so they win over global.css's `@layer base` values.
 */
export function editionThemeCss(colors: Edition['colors']): string {
  const light = toHex(colors.light.accent);
  const dark = toHex(colors.dark.accent);
  const rules: string[] = [];
  if (light !== BUILT_IN_ACCENT.light) rules.push(`:root { --link: ${light}; }`);
  if (dark !== BUILT_IN_ACCENT.dark) rules.push(`[data-theme='dark'] { --link: ${dark}; }`);
  return rules.join('\n');
}
