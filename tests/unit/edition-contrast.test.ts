// An edition's brand colors (issue #15): how they reach the generated CSS, and the nearby color the
// build suggests when one is too hard to read. The checks themselves are in edition-settings.test.ts.
import { clampChroma, converter, displayable, formatHex } from 'culori';
import { describe, expect, test } from 'vitest';
import { contrastFailures, contrastRatio, nearestPassing, toHex, type ThemeName } from '../../src/lib/edition/contrast';

const oklch = (color: string) => converter('oklch')(color)!;
/** The color `by` lighter (or darker, when negative) in OKLCH, with the same hue and chroma where sRGB can show it. */
const shifted = (color: string, by: number) => formatHex(clampChroma({ ...oklch(color), l: oklch(color).l + by }, 'oklch'));
/** One step of the search is 0.005 of lightness; rounding to #rrggbb can add up to about 0.003. */
const ONE_STEP = 0.008;

describe('a brand color as the CSS gets it', () => {
  test('any way of writing a color becomes the same #rrggbb', () => {
    expect(['#1F4E8C', 'rgb(31 78 140)', 'rgb(31, 78, 140)', 'hsl(214.13 63.74% 33.53%)'].map(toHex)).toEqual(Array(4).fill('#1f4e8c'));
    expect(toHex('navy')).toBe('#000080');
  });

  test('a color outside what screens show keeps its OKLCH lightness and hue, with as much chroma as sRGB allows', () => {
    const written = { mode: 'oklch' as const, l: 0.6, c: 0.4, h: 250 };
    expect(displayable(written)).toBe(false);
    const hex = toHex('oklch(0.6 0.4 250)');
    expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    const mapped = oklch(hex);
    expect(mapped.l).toBeCloseTo(0.6, 2);
    expect(mapped.h).toBeCloseTo(250, 0);
    expect(mapped.c).toBeLessThan(0.4);
    // A little more chroma at that lightness and hue would be off the screen.
    expect(displayable({ ...written, c: mapped.c + 0.01 })).toBe(false);
  });
});

describe('the AA line', () => {
  test('a color at exactly 4.5:1 on the harder surface passes: AA asks for at least 4.5', () => {
    expect(contrastRatio('#2277aa', '#f3f6f5')).toBe(4.5);
    expect(contrastFailures('#2277aa', 'light')).toEqual([]);
    expect(contrastRatio('#009977', '#1a2220')).toBe(4.5);
    expect(contrastFailures('#009977', 'dark')).toEqual([]);
  });
});

describe('the nearby color the build suggests', () => {
  test.each<[ThemeName, string]>([
    ['light', '#f4a261'],
    ['light', '#777777'],
    ['dark', '#1f4e8c'],
    ['dark', '#5a5a5a'],
  ])('on %s pages, %s moves the way the theme needs, to the nearest lightness that passes', (theme, accent) => {
    expect(contrastFailures(accent, theme)).not.toEqual([]);
    const better = nearestPassing(accent, theme)!;
    expect(contrastFailures(better, theme)).toEqual([]);
    const direction = theme === 'light' ? -1 : 1;
    expect(Math.sign(oklch(better).l - oklch(accent).l)).toBe(direction);
    expect(oklch(better).h ?? 0).toBeCloseTo(oklch(accent).h ?? 0, -1);
    // A step back towards the accent no longer passes: nothing nearer would do.
    expect(contrastFailures(shifted(better, -direction * ONE_STEP), theme)).not.toEqual([]);
  });

  test('where either way would pass, it goes the theme’s way: darker on light pages, lighter on dark ones, by one step', () => {
    for (const [theme, accent, direction] of [
      ['light', '#155443', -1],
      ['dark', '#8fd6bd', 1],
    ] as const) {
      expect(contrastFailures(shifted(accent, ONE_STEP), theme)).toEqual([]);
      expect(contrastFailures(shifted(accent, -ONE_STEP), theme)).toEqual([]);
      const better = nearestPassing(accent, theme)!;
      const moved = oklch(better).l - oklch(accent).l;
      expect(Math.sign(moved)).toBe(direction);
      expect(Math.abs(moved)).toBeLessThan(ONE_STEP);
    }
  });

  test('lightness stays between black and white: at white the search turns back, and a step short of white reaches white itself', () => {
    const belowWhite = nearestPassing('#ffffff', 'dark');
    expect(belowWhite).toMatch(/^#[0-9a-f]{6}$/);
    expect(belowWhite).not.toBe('#ffffff');
    expect(contrastFailures(belowWhite!, 'dark')).toEqual([]);
    expect(oklch(belowWhite!).l).toBeGreaterThan(1 - ONE_STEP);
    expect(nearestPassing('oklch(0.995 0 0)', 'dark')).toBe('#ffffff');
  });
});
