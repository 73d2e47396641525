// Brand colors are checked for WCAG 2.2 AA contrast at build time (issue #15). culori runs only
// here, in the build: nothing in src/client or src/islands imports this file.
import { clampChroma, converter, formatHex, parse, wcagContrast } from 'culori';

/** The theme colors an accent sits on, as src/styles/global.css sets them (a unit test compares). */
export const THEME_SURFACES = {
  light: { page: '#ffffff', soft: '#f3f6f5' },
  dark: { page: '#111614', soft: '#1a2220' },
} as const;

export type ThemeName = keyof typeof THEME_SURFACES;

/** WCAG AA for normal-size text: links and primary-button labels are normal-size text. */
export const AA_TEXT = 4.5;

const toOklch = converter('oklch');

/** True when a browser can read the color (what culori parses, CSS Color 4 syntax). */
export function isReadableColor(value: string): boolean {
  return parse(value) !== undefined;
}

/** The color as #rrggbb (after any gamut mapping), for generated CSS and messages. */
export function toHex(value: string): string {
  return formatHex(clampChroma(parse(value)!, 'oklch'))!;
}

/** Contrast of two readable colors, rounded down to two decimals so 4.499 never reads as 4.5. */
export function contrastRatio(a: string, b: string): number {
  return Math.floor(wcagContrast(a, b) * 100) / 100;
}

/** Each surface the accent fails against in one theme, with the ratio it reaches. */
export function contrastFailures(accent: string, theme: ThemeName): { surface: string; against: string; ratio: number }[] {
  return Object.entries(THEME_SURFACES[theme])
    .map(([surface, against]) => ({ surface, against, ratio: contrastRatio(accent, against) }))
    .filter((f) => f.ratio < AA_TEXT);
}

/**
 * The nearest color with the same hue and chroma that passes against every surface of the theme:
 * lightness moves in OKLCH, in small steps, first in whichever direction the theme needs (darker on
 * light pages, lighter on dark ones), then the other way. Undefined if nothing passes.
 */
export function nearestPassing(accent: string, theme: ThemeName): string | undefined {
  const start = toOklch(parse(accent)!);
  const preferDarker = theme === 'light';
  // Stryker disable next-line UpdateOperator: after step 1 counting down visits the same lightnesses, each pair swapped, and the side the theme does not need never passes once step 1 has not, so the same color is found
  for (let step = 1; step <= 200; step++) {
    for (const sign of preferDarker ? [-1, 1] : [1, -1]) {
      const l = start.l + sign * step * 0.005;
      if (l < 0 || l > 1) continue;
      const hex = formatHex(clampChroma({ ...start, l }, 'oklch'))!;
      if (contrastFailures(hex, theme).length === 0) return hex;
    }
  }
  return undefined;
}
