// Cutting text to a length limit without breaking a character. `String.slice` counts UTF-16
// units, so it can cut an emoji in half (leaving a lone surrogate that shows as "�") or split a
// family emoji, a flag or a letter with its accent into pieces. This cuts between whole
// graphemes, as a reader sees them.

let graphemes: Intl.Segmenter | undefined;

/**
 * `text` cut to at most `max` units of `size` (UTF-16 units unless told otherwise), at the end of
 * the last whole grapheme that fits. Text already within the limit comes back as it is.
 */
export function clip(text: string, max: number, size: (part: string) => number = (part) => part.length): string {
  if (size(text) <= max) return text;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let end = 0;
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const cost = size(segment);
    if (used + cost > max) break;
    used += cost;
    end += segment.length;
  }
  return text.slice(0, end);
}

/** The number of code points (what `Array.from(text).length` counts), for limits kept in characters. */
export const codePoints = (text: string): number => Array.from(text).length;
