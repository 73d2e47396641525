// Calendar days for the pack pages, the same arithmetic as src/lib/planner/dates.ts (UTC midnights,
// so a day is always 24 hours). A copy, not an import: the build puts everything under
// src/lib/planner/ in the planner's shared chunk, which would bring the planner's code and Preact
// (16 KB gzip) onto a page with a 15 KB budget.

const DAY = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The calendar date `days` after `date`. */
export const addDays = (date: string, days: number): string => new Date(toUtc(date) + days * DAY).toISOString().slice(0, 10);

/** Whole days from `from` to `to`; positive when `to` is later. */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY);

/** Today in the reader's own time zone, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
