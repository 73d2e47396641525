// A class pack (issue #28): what a counselor hands a whole class in one link. The pack lives in
// the URL fragment, which browsers never send to a server, so nothing about it leaves the
// student's device. Everything read from a link is untrusted: text is cleaned and only ever
// rendered as text, ids must look like ids, and whatever cannot be read is named in `dropped`.
//
// Format, version 1 (fragment after `#`, pairs joined by `&`, every part optional but `pack`):
//
//   pack=1&n=Spring+class&m=Read+step+1+first.&s=student&r=sfind-people@20270301,gwhat-is-it&g=2.20270315&e=pat%40school.edu
//
//   pack=1   marks a pack link and its format version. A later version may add pairs; this
//            reader keeps what it knows and says the link is newer.
//   n=…      title, percent-encoded with `+` for spaces (at most MAX_TITLE characters)
//   m=…      the counselor's note, the same way (at most MAX_NOTE characters)
//   s=id     a starter sheet (presets.yaml), or
//   q=a,b    hand-picked bank questions in asking order, with t=15|20|30|45 for the time budget
//   r=…      the reading list in order, comma-separated; each item is one letter for its kind, the
//            id, optionally `.` and an anchor inside it, optionally `@` and a "read by" date:
//              s step (anchor: a checklist item), g guide, t template, p tip, c question category,
//              q question.  Example: sfind-people.make-a-list@20270301
//   g=N.D    the goal: hold N conversations by D, where D is YYYYMMDD, or `dN` for N days after
//            the student first opens the pack (editions' ready-made packs use that)
//   e=…      the counselor's email address, for the student's progress report
//
// Edition packs have their own short form: `#p=<id>` (see src/integration/packs-file.ts).
import { codePoints } from '../clip.ts';
import { budgets, cleanText, isId, type Minutes } from '../sheet/sheet.ts';

/** Format version written by `encodePack`. */
export const PACK_VERSION = 1;
/** Longest title kept, in characters. */
export const MAX_TITLE = 60;
/** Longest note kept, in characters. */
export const MAX_NOTE = 240;
/** Most readings a pack carries; the rest are dropped with a notice. */
export const MAX_READINGS = 12;
/** Most hand-picked questions a pack carries (a starter sheet is one short id). */
export const MAX_QUESTIONS = 15;
/** Most conversations a goal may ask for. */
export const MAX_GOAL = 20;
/** Longest "within N days" a goal may give. */
export const MAX_GOAL_DAYS = 366;
/**
 * Longest whole link (address and fragment) a pack may have: what a QR code of version 15
 * (77 × 77 modules) holds at the low error-correction level in byte mode. Printed 5 cm wide, each
 * module is about 0.6 mm, which a phone reads from arm's length; on a projector, from the back of a room.
 */
export const MAX_PACK_LINK = 520;

/** The kinds of thing a reading can point at, by the letter the link uses. */
export const readingKinds = { s: 'step', g: 'guide', t: 'template', p: 'tip', c: 'category', q: 'question' } as const;
export type ReadingKind = (typeof readingKinds)[keyof typeof readingKinds];
const kindLetters = Object.fromEntries(Object.entries(readingKinds).map(([letter, kind]) => [kind, letter])) as Record<ReadingKind, string>;

/** One item of the reading list: what it points at and when to have read it by. */
export interface Reading {
  kind: ReadingKind;
  id: string;
  /** A checklist item inside a step. */
  anchor?: string;
  /** "Read by", YYYY-MM-DD. */
  by?: string;
}

/** The goal: hold `count` conversations by a date, or within some days of opening the pack. */
export type Goal = { count: number; by: string } | { count: number; days: number };

/** The questions a pack hands out. */
export type PackSheet = { preset: string } | { questions: string[]; minutes: Minutes };

/** Everything a pack carries. */
export interface Pack {
  title: string;
  note: string;
  sheet: PackSheet | null;
  readings: Reading[];
  goal: Goal | null;
  email: string;
}

/** A pack with nothing in it. */
export const emptyPack = (): Pack => ({ title: '', note: '', sheet: null, readings: [], goal: null, email: '' });

/** What a fragment turned out to be. */
export type PackContent =
  { kind: 'none' } | { kind: 'edition'; id: string } | { kind: 'pack'; pack: Pack; dropped: string[]; newer: boolean };

// encodeText and fields below are the sheet link's own (src/lib/sheet/link.ts), kept as copies: the
// planner reads saved packs through this file, and importing them would load link.ts on the planner's
// page too (1 KB against a budget with 0.3 KB to spare).
const encodeText = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');
const compactDate = (date: string) => date.replace(/-/g, '');

/** The key a reading is ticked by: its link form without the date, so moving a date keeps the tick. */
export const readingKey = (r: Pick<Reading, 'kind' | 'id' | 'anchor'>): string =>
  `${kindLetters[r.kind]}${r.id}${r.anchor ? `.${r.anchor}` : ''}`;

/** The fragment (without `#`) that carries `pack`. Empty parts are left out. */
export function encodePack(pack: Pack): string {
  const pairs = [`pack=${PACK_VERSION}`];
  if (pack.title) pairs.push(`n=${encodeText(pack.title)}`);
  if (pack.note) pairs.push(`m=${encodeText(pack.note)}`);
  if (pack.sheet && 'preset' in pack.sheet) pairs.push(`s=${pack.sheet.preset}`);
  else if (pack.sheet && pack.sheet.questions.length > 0) pairs.push(`q=${pack.sheet.questions.join(',')}`, `t=${pack.sheet.minutes}`);
  if (pack.readings.length > 0)
    pairs.push(`r=${pack.readings.map((r) => `${readingKey(r)}${r.by ? `@${compactDate(r.by)}` : ''}`).join(',')}`);
  if (pack.goal) pairs.push(`g=${pack.goal.count}.${'by' in pack.goal ? compactDate(pack.goal.by) : `d${pack.goal.days}`}`);
  if (pack.email) pairs.push(`e=${encodeText(pack.email)}`);
  return pairs.join('&');
}

function fields(fragment: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of fragment.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0 && !map.has(pair.slice(0, at))) map.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return map;
}

const decodeText = (raw: string): string | undefined => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

/** A short, safe description of something dropped, for the reader. */
export function describe(raw: string): string {
  const { text, cut } = cleanText(decodeText(raw) ?? raw, 40);
  return `“${text}${cut ? '…' : ''}”`;
}

/** YYYYMMDD (or YYYY-MM-DD) as YYYY-MM-DD when it is a real calendar day, else undefined. */
export function readDate(raw: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const emailPattern = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;
/** True for an address that looks like an email address and is safe to put in a mailto link. */
export const isEmail = (value: string): boolean => value.length <= 100 && emailPattern.test(value);

/** Cleans one text field, noting in `dropped` when it had to be cut. */
function readText(raw: string | undefined, max: number, name: string, dropped: string[]): string {
  if (raw === undefined) return '';
  const text = decodeText(raw);
  if (text === undefined) {
    dropped.push(`the ${name}, which could not be read`);
    return '';
  }
  const clean = cleanText(text, max);
  if (clean.cut) dropped.push(`the end of the ${name} (it keeps its first ${max} characters)`);
  return clean.text;
}

/** Reads one reading-list item, or undefined when it is not one. */
function readReading(raw: string): Reading | undefined {
  const m = /^([a-z])([a-z0-9-]+)(?:\.([a-z0-9-]+))?(?:@(\d{8}))?$/.exec(raw);
  const kind = m && readingKinds[m[1] as keyof typeof readingKinds];
  if (!m || !kind || !isId(m[2]) || (m[3] !== undefined && (!isId(m[3]) || kind !== 'step'))) return undefined;
  const reading: Reading = { kind, id: m[2]! };
  if (m[3]) reading.anchor = m[3];
  if (m[4] !== undefined) {
    const by = readDate(m[4]);
    if (!by) return undefined;
    reading.by = by;
  }
  return reading;
}

/**
 * Reads a URL fragment. Never throws: whatever is damaged, unknown or over a limit is left out
 * and named in `dropped`, in words a student can read. It checks shape only; which ids the
 * handbook has is for src/lib/pack/resolve.ts.
 */
export function decodePack(fragment: string): PackContent {
  const f = fields(fragment);
  const version = f.get('pack');
  if (version === undefined) {
    const id = f.get('p');
    return id !== undefined && isId(id) ? { kind: 'edition', id } : { kind: 'none' };
  }
  const dropped: string[] = [];
  const number = /^\d{1,6}$/.test(version) ? Number(version) : NaN;
  // A newer link is read as far as this version understands it; its new parts are left out.
  const newer = !(number <= PACK_VERSION);
  const pack = emptyPack();
  pack.title = readText(f.get('n'), MAX_TITLE, 'title', dropped);
  pack.note = readText(f.get('m'), MAX_NOTE, 'note', dropped);

  const preset = f.get('s');
  const questions = f.get('q');
  if (preset !== undefined) {
    if (isId(preset)) pack.sheet = { preset };
    else dropped.push(`the starter sheet ${describe(preset)}, whose name is not one a sheet can have`);
  } else if (questions !== undefined) {
    const minutes = Number(f.get('t'));
    const ids: string[] = [];
    const parts = questions.split(',').filter(Boolean);
    for (const raw of parts.slice(0, MAX_QUESTIONS)) {
      if (!isId(raw)) dropped.push(`the question ${describe(raw)}, which is not a question id`);
      else if (ids.includes(raw)) dropped.push(`a repeat of the question “${raw}”`);
      else ids.push(raw);
    }
    if (parts.length > MAX_QUESTIONS) dropped.push(`${parts.length - MAX_QUESTIONS} questions beyond the ${MAX_QUESTIONS} a pack can hold`);
    if (ids.length > 0) pack.sheet = { questions: ids, minutes: budgets.find((b) => b === minutes) ?? 30 };
  }

  const readings = (f.get('r') ?? '').split(',').filter(Boolean);
  const seen = new Set<string>();
  for (const raw of readings.slice(0, MAX_READINGS)) {
    const reading = readReading(raw);
    if (!reading) dropped.push(`the reading ${describe(raw)}, which is not a part of the handbook this link format can name`);
    else if (seen.has(readingKey(reading))) dropped.push(`a repeat of the reading ${describe(raw)}`);
    else {
      seen.add(readingKey(reading));
      pack.readings.push(reading);
    }
  }
  if (readings.length > MAX_READINGS) dropped.push(`${readings.length - MAX_READINGS} readings beyond the ${MAX_READINGS} a pack can hold`);

  const goal = f.get('g');
  if (goal !== undefined) {
    const m = /^(\d{1,2})\.(?:(\d{8})|d(\d{1,3}))$/.exec(goal);
    const count = Number(m?.[1]);
    const by = m?.[2] === undefined ? undefined : readDate(m[2]);
    const days = Number(m?.[3]);
    if (m && count >= 1 && count <= MAX_GOAL && by) pack.goal = { count, by };
    else if (m && count >= 1 && count <= MAX_GOAL && days >= 1 && days <= MAX_GOAL_DAYS) pack.goal = { count, days };
    else dropped.push(`the goal ${describe(goal)}, which could not be read`);
  }

  const email = f.get('e');
  if (email !== undefined) {
    const address = decodeText(email)?.trim() ?? '';
    if (isEmail(address)) pack.email = address;
    else dropped.push(`the counselor’s email address ${describe(email)}, which is not an email address`);
  }
  return { kind: 'pack', pack, dropped, newer };
}

/** The parts of a pack that make its link long, longest first, each with words naming it. */
function longestParts(pack: Pack): { what: string; length: number }[] {
  const parts = [
    { what: `the note (${codePoints(pack.note)} characters)`, length: pack.note ? encodeText(pack.note).length : 0 },
    { what: `the title (${codePoints(pack.title)} characters)`, length: pack.title ? encodeText(pack.title).length : 0 },
    {
      what: `the reading list (${pack.readings.length} item${pack.readings.length === 1 ? '' : 's'})`,
      length: pack.readings.length ? encodePack({ ...emptyPack(), readings: pack.readings }).length : 0,
    },
    {
      what: `the hand-picked questions (${pack.sheet && 'questions' in pack.sheet ? pack.sheet.questions.length : 0}); a starter sheet is much shorter`,
      length: pack.sheet && 'questions' in pack.sheet ? encodePack({ ...emptyPack(), sheet: pack.sheet }).length : 0,
    },
  ];
  return parts.filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * Null when `link` fits a QR code that phones read easily, else a plain message saying how long
 * it is, the limit, and what to shorten first.
 */
export function packLinkProblem(link: string, pack: Pack): string | null {
  if (link.length <= MAX_PACK_LINK) return null;
  const over = link.length - MAX_PACK_LINK;
  const [first, second] = longestParts(pack);
  const shorten = first ? ` Shorten ${first.what}${second ? ` or ${second.what}` : ''}.` : '';
  return `This link is ${link.length} characters, ${over} over the ${MAX_PACK_LINK} that fit a QR code phones read easily.${shorten}`;
}

/** Title text for a pack that has none. */
export const packName = (pack: Pack): string => pack.title || 'Class pack';
