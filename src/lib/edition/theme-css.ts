import type { Edition } from '../../schemas/edition.ts';
import { toHex } from './contrast.ts';

/** The accent colors src/styles/global.css already sets; an edition that keeps them adds no CSS. */
const BUILT_IN_ACCENT = { light: '#155443', dark: '#8fd6bd' } as const;

/**
 * The edition's brand colors as CSS custom properties, added to the end of global.css
 * (astro.config.mjs): no inline style, so the CSP stays strict. The
 * rules are unlayered, so they win over global.css's `@layer base` values.
 */
export function editionThemeCss({ colors, contact }: Pick<Edition, 'colors' | 'contact'>): string {
  const light = toHex(colors.light.accent);
  const dark = toHex(colors.dark.accent);
  const rules: string[] = [];
  // Screens only: on paper, links stay black (global.css).
  if (light !== BUILT_IN_ACCENT.light) rules.push(`@media not print { :root { --link: ${light}; } }`);
  if (dark !== BUILT_IN_ACCENT.dark) rules.push(`@media not print { [data-theme='dark'] { --link: ${dark}; } }`);
  if (contact) {
    // The companion's "book a follow-up" block shows once a conversation (and its debrief) is open;
    // a browser without :has() ignores the rule and always shows it.
    rules.push(`body:not(:has(#debrief-title)) .contact-after-debrief { display: none; }`);
    // The builder's pocket card carries the contact line on the same card.
    rules.push(
      `@media print { html[data-print='pocket'] [data-pocket-contact] { display: block; page: pocket; font-size: 7pt; line-height: 1.2; margin-top: 1mm; } }`,
    );
  }
  return rules.join('\n');
}
