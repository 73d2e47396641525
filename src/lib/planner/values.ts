// The planner's fixed values (version, statuses, formats, length limits) and the tests its dates
// and timestamps must pass, without zod: the planner's start-up code and its forms import these,
// and zod stays out of their bundle. src/schemas/planner.ts builds its schemas from the same
// values, and src/lib/planner-check.ts reads saved data with them.

/** Version of the stored planner document this code writes. */
export const PLANNER_VERSION = 3;

/** Every status a conversation can be in, in pipeline order. */
export const statuses = ['to-contact', 'asked', 'scheduled', 'done', 'thanked', 'keeping-in-touch', 'declined', 'no-reply'] as const;
/** How a conversation takes place. */
export const formats = ['in-person', 'video', 'phone'] as const;

/** Longest text each kind of field accepts, shared with the form inputs. */
export const limits = { short: 200, medium: 2000, long: 20000, tag: 50, tags: 50, list: 100 } as const;

/** Shape of a calendar date, `YYYY-MM-DD`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Shape of a local wall-clock time, `HH:MM` (24-hour). */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Shape of an instant in UTC as `Date.prototype.toISOString()` writes it. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** True when `YYYY-MM-DD` names a day that exists (not 2024-02-30). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when a timestamp names a real point in time. */
export const isRealTime = (value: string): boolean => !Number.isNaN(Date.parse(value));

// Half a character (a lone surrogate) cannot be percent-encoded: encodeURIComponent throws on it.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** True when a string holds only whole characters, so it can go into a link (ids do: #person-<id>). */
export const isWhole = (value: string): boolean => !loneSurrogate.test(value);

/** What each check says when a value fails it. */
export const messages = {
  date: 'must be a date like 2025-03-31',
  realDate: 'must be a real calendar date',
  time: 'must be a time like 14:30',
  timestamp: 'must be a timestamp like 2025-03-31T09:00:00.000Z',
  realTime: 'must be a real point in time',
  empty: 'must not be empty',
  halfCharacter: 'must not hold half a character',
  tooLong: (max: number) => `must be at most ${max} characters`,
  tooMany: (max: number, what = 'entries') => `must have at most ${max} ${what}`,
};
