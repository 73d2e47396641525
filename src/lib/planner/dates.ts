// The planner stores calendar dates (`YYYY-MM-DD`) in the reader's own time zone, not instants:
// "the thank-you is due 7 days after the conversation" is about days on the reader's calendar,
// and must not shift by a day when clocks change or the reader travels. Arithmetic therefore runs
// on UTC midnights, where every day has exactly 24 hours.

const DAY = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY);
}

/** Whole days from `from` to `to`; positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/** Today's date at `now` in `timeZone` (the runtime's own zone when omitted). */
export function todayIn(now: Date, timeZone?: string): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that habit anyway.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// One formatter for every date: toLocaleDateString builds a new one per call, which costs real
// time when a long list shows hundreds of dates.
let readable: Intl.DateTimeFormat | undefined;

/** A date for people to read, such as "Mon 31 Mar 2025". */
export function formatDate(date: string): string {
  readable ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return readable.format(toUtc(date));
}

/** A relative phrase for a due date: "today", "tomorrow", "in 3 days", "2 days ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
