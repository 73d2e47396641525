// Share links: the whole sheet travels in the URL fragment, so it never reaches a server and
// works on any static host. Everything read from a link is untrusted: ids must be known bank ids,
// custom text is cleaned and only ever rendered as text.
//
// Format, version 1 (fragment after `#`, pairs joined by `&`):
//
//   sheet=v1&t=30&g=1&q=how-did-you-start,average-pay,~cWhat+surprised+you%3F
//
//   sheet=v1  marks a sheet link and its format version (required; unknown versions are refused)
//   t=30      time budget in minutes: 15, 20, 30 or 45 (optional, 30 when missing or unknown)
//   g=1       grouped by part of the conversation (optional)
//   q=…       the questions in order, comma-separated:
//               - a bank question is its stable id (lowercase words joined by hyphens)
//               - a custom question is `~`, one letter for its part (o opening, c core,
//                 e end/closing), then its text percent-encoded with `+` for spaces
//
// Starter sheets have their own short form: `#preset=<id>` (read by src/integration/presets-file.ts).
import { resolveQuestionId, type QuestionAliases } from '../bank.ts';
import type { Part } from '../../schemas/question.ts';
import { budgets, cleanText, isId, type Minutes, type SheetItem } from './sheet.ts';

/** Format version written by `encodeSheetLink`. */
export const LINK_VERSION = 'v1';
/** Most questions a link may carry; the rest are dropped with a notice. */
export const MAX_LINK_ITEMS = 100;

const partLetters: Record<Part, string> = { opening: 'o', core: 'c', closing: 'e' };
const letterParts: Record<string, Part> = { o: 'opening', c: 'core', e: 'closing' };

/** What a link carries: the questions in order, the budget and the grouping. */
export interface LinkSheet {
  items: SheetItem[];
  minutes: Minutes;
  grouped: boolean;
}

/** What a fragment turned out to be. */
export type LinkContent =
  | { kind: 'none' }
  | { kind: 'preset'; id: string }
  | { kind: 'unsupported'; version: string }
  | { kind: 'sheet'; sheet: LinkSheet; dropped: string[]; cut: number };

const encodeText = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');

/** The fragment (without `#`) that carries `sheet`. */
export function encodeSheetLink(sheet: LinkSheet): string {
  const q = sheet.items.map((item) => ('text' in item ? `~${partLetters[item.part]}${encodeText(item.text)}` : item.id));
  return `sheet=${LINK_VERSION}&t=${sheet.minutes}${sheet.grouped ? '&g=1' : ''}&q=${q.join(',')}`;
}

function fields(fragment: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of fragment.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0 && !map.has(pair.slice(0, at))) map.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return map;
}

/** A short, safe description of something dropped, for the reader. */
function describe(raw: string): string {
  let text = raw;
  try {
    text = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {}
  const { text: clean, cut } = cleanText(text, 40);
  return `“${clean}${cut ? '…' : ''}”`;
}

/**
 * Reads a URL fragment. Never throws: unknown ids, unreadable items and repeats are left out and
 * listed in `dropped`; `cut` counts custom questions shortened to the length limit.
 * `makeKey` gives each custom question its editing key. An old id of a merged question (`aliases`)
 * opens the question that replaced it, so links shared before a merge keep working.
 */
export function decodeSheetLink(
  fragment: string,
  knownIds: ReadonlySet<string>,
  makeKey: () => string,
  aliases: QuestionAliases = {},
): LinkContent {
  const f = fields(fragment);
  const preset = f.get('preset');
  if (preset !== undefined && !f.has('sheet')) return { kind: 'preset', id: preset };
  const version = f.get('sheet');
  if (version === undefined) return { kind: 'none' };
  if (version !== LINK_VERSION) return { kind: 'unsupported', version: describe(version) };

  const minutes = Number(f.get('t'));
  const sheet: LinkSheet = {
    items: [],
    minutes: (budgets as readonly number[]).includes(minutes) ? (minutes as Minutes) : 30,
    grouped: f.get('g') === '1',
  };
  const dropped: string[] = [];
  let cut = 0;
  const seen = new Set<string>();
  const parts = (f.get('q') ?? '').split(',').filter(Boolean);
  for (const raw of parts.slice(0, MAX_LINK_ITEMS)) {
    let item: SheetItem | undefined;
    if (raw.startsWith('~') && letterParts[raw.charAt(1)]) {
      let text: string | undefined;
      try {
        text = decodeURIComponent(raw.slice(2).replace(/\+/g, ' '));
      } catch {}
      const clean = text === undefined ? undefined : cleanText(text);
      if (clean?.text) {
        item = { key: makeKey(), text: clean.text, part: letterParts[raw.charAt(1)]! };
        if (clean.cut) cut++;
      }
    } else if (isId(raw) && knownIds.has(resolveQuestionId(raw, aliases))) item = { id: resolveQuestionId(raw, aliases) };
    // Custom questions get fresh keys, so repeats are spotted by their text.
    const same = item && ('text' in item ? `t:${item.text}` : `q:${item.id}`);
    if (!item) dropped.push(isId(raw) ? `a question this handbook does not have (“${raw}”)` : describe(raw));
    else if (seen.has(same!)) dropped.push(`a repeat of ${describe(raw)}`);
    else {
      seen.add(same!);
      sheet.items.push(item);
    }
  }
  if (parts.length > MAX_LINK_ITEMS)
    dropped.push(`${parts.length - MAX_LINK_ITEMS} more questions beyond the ${MAX_LINK_ITEMS} a sheet can hold`);
  return { kind: 'sheet', sheet, dropped, cut };
}
