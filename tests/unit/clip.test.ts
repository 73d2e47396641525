import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clip, codePoints } from '../../src/lib/clip';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

describe('clip', () => {
  test('leaves text within the limit as it is', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('', 0)).toBe('');
  });

  test('cuts plain text at the limit', () => {
    expect(clip('abcdef', 3)).toBe('abc');
  });

  test('never cuts an emoji in half', () => {
    // "ab" then a 2-unit emoji: a limit of 3 would leave half of it.
    expect(clip('ab😀cd', 3)).toBe('ab');
    expect(clip('ab😀cd', 4)).toBe('ab😀');
  });

  test('keeps a family emoji, a flag and an accented letter whole', () => {
    const family = '👩‍👩‍👧';
    expect(clip(`x${family}`, 4)).toBe('x');
    expect(clip(`x${family}`, 1 + family.length)).toBe(`x${family}`);
    expect(clip('a🇳🇿', 3)).toBe('a');
    expect(clip('ne\u0301e', 2)).toBe('n');
  });

  test('can count in code points', () => {
    expect(clip('😀😀😀', 2, codePoints)).toBe('😀😀');
    expect(codePoints('a😀')).toBe(2);
  });

  test('always fits the limit and keeps the most whole graphemes that fit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(80), (text, max) => {
        const out = clip(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.isWellFormed()).toBe(true);
        const whole = graphemes(text);
        const kept = graphemes(out);
        expect(kept).toEqual(whole.slice(0, kept.length));
        // One more grapheme would not have fitted.
        if (kept.length < whole.length) expect(out.length + whole[kept.length]!.length).toBeGreaterThan(max);
      }),
    );
  });
});
