// "Progress to share" (issue #28): what a student chooses to bring back to a counselor. Nothing is
// sent by the site: the student prints it, copies it as Markdown or opens it in their own email.
// Conversations come from the planner's saved data, read here leniently and never written: a pack
// page must not need the planner's code, and anything odd in that data is just left out.
import { PLANNER_KEY } from '../storage-keys.ts';
import { readDate } from './format.ts';

/** A conversation the student has held, as the progress view offers it. */
export interface HeldConversation {
  id: string;
  /** The day it took place, YYYY-MM-DD. */
  date: string;
  /** Who it was with. */
  name: string;
  /** The conversation's notes. */
  notes: string;
  /** Debrief lines (what they learned, how it fits, what next), one per line typed. */
  lines: string[];
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Conversations held on or after `since`, oldest first, from the planner's saved text. Never throws. */
export function heldConversations(raw: string | null, since: string): HeldConversation[] {
  let data: unknown;
  try {
    data = (JSON.parse(raw ?? 'null') as { data?: unknown } | null)?.data;
  } catch {
    return [];
  }
  const d = (typeof data === 'object' && data !== null ? data : {}) as { people?: unknown; conversations?: unknown };
  const people = new Map<string, string>();
  for (const p of Array.isArray(d.people) ? d.people : []) if (p && typeof p === 'object') people.set(str(p.id), str(p.name));
  const held: HeldConversation[] = [];
  for (const c of Array.isArray(d.conversations) ? d.conversations : []) {
    if (!c || typeof c !== 'object') continue;
    const date = readDate(str(c.doneOn));
    if (!date || date < since) continue;
    const lines = [c.learned, c.fit, c.nextStep].flatMap((text) =>
      str(text)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    held.push({ id: str(c.id), date, name: people.get(str(c.personId)) ?? '', notes: str(c.notes).trim(), lines });
  }
  return held.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The planner's saved text, or null where storage is off. */
export function readPlannerText(): string | null {
  try {
    return localStorage.getItem(PLANNER_KEY);
  } catch {
    return null;
  }
}

/** What the student chose to share. */
export interface Progress {
  /** The pack's title. */
  pack: string;
  /** The student's name, if they give one. */
  student: string;
  done: string[];
  total: number;
  goal: string;
  conversations: { date: string; name?: string; notes?: string }[];
  lines: string[];
}

/** A date as "15 March 2027". */
export const longDate = (date: string): string =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Markdown characters in the student's own words are escaped, so a line reads the same in any viewer.
const md = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, '\\$&');

/** The progress as Markdown: the same words the printed page shows. */
export function progressMarkdown(p: Progress): string {
  const out = [`# Progress: ${md(p.pack)}`, ''];
  if (p.student) out.push(`From ${md(p.student)}`, '');
  out.push(`## Readings done: ${p.done.length} of ${p.total}`, '', ...p.done.map((t) => `- ${md(t)}`));
  out.push('', `## Conversations held: ${p.conversations.length}`);
  if (p.goal) out.push('', md(p.goal));
  out.push('');
  for (const c of p.conversations) {
    out.push(`- ${longDate(c.date)}${c.name ? `, with ${md(c.name)}` : ''}`);
    if (c.notes) out.push(`  ${md(c.notes).replace(/\n/g, '\n  ')}`);
  }
  if (p.lines.length > 0) out.push('', '## What I took from them', '', ...p.lines.map((l) => `- ${md(l)}`));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Longest mailto address we make: some mail programs refuse longer ones, so the body is cut with a note. */
export const MAX_MAILTO = 1800;

/** A mailto: link to `email` with the progress as its body, or null without a usable address. */
export function progressMailto(email: string, p: Progress): string {
  const subject = encodeURIComponent(`Progress: ${p.pack}`);
  let body = progressMarkdown(p);
  const make = (text: string) =>
    `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${subject}&body=${encodeURIComponent(text)}`;
  if (make(body).length <= MAX_MAILTO) return make(body);
  const note = '\n(Cut to fit an email link: the rest is on my printed page.)\n';
  while (body && make(body + note).length > MAX_MAILTO) body = body.slice(0, Math.floor(body.length * 0.9));
  return make(body.replace(/[\ud800-\udbff]$/, '') + note);
}
