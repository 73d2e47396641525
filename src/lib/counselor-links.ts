// Links a counselor builds for a student: a place in the handbook, or a set of bank questions
// that opens in the question builder. Question sets use the builder's own versioned link format.
import type { Minutes } from './sheet/sheet.ts';
import { encodeSheetLink } from './sheet/link.ts';

/** Sheets past this many questions rarely fit a conversation; the builder says so too. */
export const COMFORTABLE_QUESTIONS = 30;

/** The site path (no base) that opens `ids` as a question sheet in the builder. */
export function questionSetPath(ids: readonly string[], minutes: Minutes): string {
  return `/builder/#${encodeSheetLink({ items: ids.map((id) => ({ id })), minutes, grouped: false })}`;
}

/**
 * The absolute address for a site path, for pasting and for QR codes. `origin` is the page's own
 * origin and `base` the deployment base path, so links work under a sub-path too.
 */
export function absoluteLink(path: string, origin: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return new URL(root + path.replace(/^\/+/, ''), origin).href;
}

/** A short, plain-language note about a question set, or null when it is fine. */
export function questionSetWarning(count: number): string | null {
  if (count === 0) return 'Tick at least one question to make a link.';
  if (count > COMFORTABLE_QUESTIONS) {
    return `${count} questions is more than a 30-minute talk can hold. Students can trim the sheet, but fewer makes a better start.`;
  }
  return null;
}
