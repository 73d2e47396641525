// The question sheet: its shape, the full parser for what is saved in the browser, and small
// edits. Handbook pages see the same saved value through the much smaller ./saved-sheet.ts.
import { SHEET_BACKUP_KEY } from '../storage-keys.ts';
import { resolveQuestionId, type QuestionAliases } from '../bank.ts';
import type { Part } from '../../schemas/question.ts';
import { clip, codePoints } from '../clip.ts';

/** The time budgets a reader can choose, in minutes. */
export const budgets = [15, 20, 30, 45] as const;
export type Minutes = (typeof budgets)[number];

/** Longest custom question kept; longer text is cut and the reader told. */
export const MAX_TEXT = 300;

/** A question from the bank, saved by its stable id. */
export interface BankItem {
  id: string;
}
/** A question the reader wrote; `key` tells it apart from others while editing. */
export interface CustomItem {
  key: string;
  text: string;
  part: Part;
}
export type SheetItem = BankItem | CustomItem;

export interface Sheet {
  items: SheetItem[];
  minutes: Minutes;
  /** Show and print the questions grouped by part of the conversation. */
  grouped: boolean;
  /** Print questions only, in two columns. */
  compact: boolean;
}

/** A sheet with nothing on it and the default 30-minute budget. */
export const emptySheet = (): Sheet => ({ items: [], minutes: 30, grouped: false, compact: false });

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** True when `value` looks like a question id (the same rule as the content schema). */
export const isId = (value: unknown): value is string => typeof value === 'string' && idPattern.test(value);

/** True for a question the reader wrote. */
export const isCustom = (item: SheetItem): item is CustomItem => 'text' in item;

/** A key unique within a sheet: bank ids and custom keys live in separate namespaces. */
export const itemKey = (item: SheetItem): string => (isCustom(item) ? `c:${item.key}` : `q:${item.id}`);

// Bidirectional overrides can make text read differently from what it is, so they go; other
// control characters (tabs, newlines, NUL, escapes) become spaces in a one-line question.
// Lone surrogates (broken pastes) would make links fail to encode, so they become U+FFFD.
const bidi = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Strips control characters, squeezes spaces and cuts to `max` characters; `cut` says if it had to. */
export function cleanText(raw: string, max = MAX_TEXT): { text: string; cut: boolean } {
  const clean = raw.replace(loneSurrogates, '\ufffd').replace(bidi, '').replace(controls, ' ');
  const squeezed = clean.replace(/\s+/g, ' ').trim();
  const cut = codePoints(squeezed) > max;
  return { text: cut ? clip(squeezed, max, codePoints).trimEnd() : squeezed, cut };
}

/** The parts of a conversation in asking order (the schema's list, repeated so zod stays out of the browser). */
export const partOrder: readonly Part[] = ['opening', 'core', 'closing'];

/**
 * Reads a saved sheet. Never throws: whatever it cannot read is left out and `lost` is set, so
 * the caller can keep the raw value aside and tell the reader. An old id of a merged question
 * (`aliases`) becomes the id of the question that replaced it; if both were saved, one stays.
 */
export function parseSheet(raw: string | null | undefined, aliases: QuestionAliases = {}): { sheet: Sheet; lost: boolean } {
  const sheet = emptySheet();
  if (raw == null || raw === '') return { sheet, lost: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { sheet, lost: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { sheet, lost: true };
  const d = data as Record<string, unknown>;
  let lost = d.v !== 1 || !Array.isArray(d.items);
  const seen = new Set<string>();
  for (const entry of Array.isArray(d.items) ? d.items : []) {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    let item: SheetItem | undefined;
    if (isId(e.id)) item = { id: resolveQuestionId(e.id, aliases) };
    else if (typeof e.text === 'string' && typeof e.key === 'string' && e.key) {
      const text = cleanText(e.text).text;
      if (text) item = { key: e.key, text, part: (partOrder.includes(e.part as Part) ? e.part : 'core') as Part };
    }
    if (!item) lost = true;
    else if (!seen.has(itemKey(item))) {
      seen.add(itemKey(item));
      sheet.items.push(item);
    }
  }
  if ((budgets as readonly unknown[]).includes(d.minutes)) sheet.minutes = d.minutes as Minutes;
  sheet.grouped = d.grouped === true;
  sheet.compact = d.compact === true;
  return { sheet, lost };
}

/** The saved form of a sheet; `parseSheet` reads it back. */
export const serializeSheet = (sheet: Sheet): string => JSON.stringify({ v: 1, ...sheet });

// Here rather than in ./saved.ts, which handbook pages load at start: the builder's store needs
// only this, and sharing saved.ts with the builder made it a chunk of its own on question pages.
/** Copies an unreadable saved sheet under the backup key before anything overwrites it. */
export function keepUnreadable(value: string | null): void {
  try {
    if (value) localStorage.setItem(SHEET_BACKUP_KEY, value);
  } catch {}
}
