// Checks stored planner data without zod, for the planner's start-up: zod/mini alone is about
// 7 KB gzip, a quarter of the page's JavaScript budget. This mirrors plannerDataSchema in
// src/schemas/planner.ts field by field and gives the same answer: the same data out (unknown keys
// dropped), or the same problems, each with its path and message, in the same order, following
// zod's rules for when a failed check stops the checks after it. The property tests in
// tests/unit/planner-check.test.ts hold the two together; a change to one needs the other.
import type { PlannerData } from '../../schemas/planner.ts';
import {
  DATE_PATTERN,
  formats,
  isRealDate,
  isRealTime,
  isWhole,
  limits,
  messages,
  statuses,
  TIME_PATTERN,
  TIMESTAMP_PATTERN,
} from './values.ts';

/** One problem, as zod reports it: where it is and what is wrong. */
export interface Issue {
  path: PropertyKey[];
  message: string;
  /**
   * zod's `continue`: true when the checks after it still run (a failed check), false when even
   * length checks stop (a number that is not whole), unset when only length checks run on (a
   * wrong type).
   */
  go?: boolean;
}

/** Checks a value: returns what to keep, adding any problems to `issues`. */
type Schema = (input: unknown, issues: Issue[]) => unknown;

/** A check on a value of the right type; `length` checks run even after a wrong type, as in zod. */
interface Check {
  test: (value: never) => unknown;
  message: string;
  length?: boolean;
}

const INVALID = 'Invalid input';

const fail = (issues: Issue[], message = INVALID, go?: boolean) =>
  void issues.push(go === undefined ? { path: [], message } : { path: [], message, go });

/** The type's own test, then its checks, each skipped as zod skips it. */
const checked =
  (parse: Schema, checks: Check[]): Schema =>
  (input, issues) => {
    const own: Issue[] = [];
    const value = parse(input, own);
    const stopped = own.some((i) => i.go !== true);
    const halted = own.some((i) => i.go === false);
    for (const check of checks) {
      const runs = check.length ? !halted && value != null && (value as { length?: unknown }).length !== undefined : !stopped;
      if (runs && !check.test(value as never)) fail(own, check.message, true);
    }
    issues.push(...own);
    return value;
  };

/** Adds a key or index in front of the paths of the problems found inside it. */
const inside = (key: PropertyKey, schema: Schema, input: unknown, issues: Issue[]) => {
  const own: Issue[] = [];
  const value = schema(input, own);
  for (const issue of own) issues.push({ ...issue, path: [key, ...issue.path] });
  return value;
};

// Strings count code points, as zod does: an emoji is one character, not two. Code points are
// never more than UTF-16 units, so only a string over the limit in units needs counting.
const maxLength = (max: number, message: string): Check & { max: number } => ({
  max,
  test: (v: { length: number }) => (typeof v === 'string' && v.length > max ? [...v].length : v.length) <= max,
  message,
  length: true,
});
// A string has at least one code point exactly when it has at least one unit.
const nonEmpty: Check = { test: (v: { length: number }) => v.length >= 1, message: messages.empty, length: true };
const regex = (pattern: RegExp, message: string): Check => ({ test: (v: string) => pattern.test(v), message });
const refine = (test: (v: string) => unknown, message: string): Check => ({ test, message });

const string = (...checks: Check[]): Schema =>
  checked((input, issues) => (typeof input === 'string' ? input : fail(issues), input), checks);

const int = (min: number, max: number): Schema =>
  checked(
    (input, issues) => {
      if (typeof input !== 'number' || !Number.isFinite(input)) fail(issues);
      else if (!Number.isInteger(input)) fail(issues, INVALID, false);
      else if (!Number.isSafeInteger(input)) fail(issues, INVALID, true);
      return input;
    },
    [
      { test: (v: number) => v >= min, message: INVALID },
      { test: (v: number) => v <= max, message: INVALID },
    ],
  );

const oneOf =
  (values: readonly string[]): Schema =>
  (input, issues) => (values.includes(input as string) ? input : fail(issues), input);

const nullable =
  (schema: Schema): Schema =>
  (input, issues) =>
    input === null ? null : schema(input, issues);

// A list over its limit is reported alone, its items unread: zod does the same, so a huge list
// costs nothing to reject. Within the limit, the limit check cannot fail on a list; it still runs
// on a wrong type that has a length, as zod's does.
const array = (element: Schema, limit?: Check & { max: number }): Schema =>
  checked(
    (input, issues) => {
      if (!Array.isArray(input)) return (fail(issues), input);
      if (limit && input.length > limit.max) return (fail(issues, limit.message, false), input);
      const out: unknown[] = [];
      for (let i = 0; i < input.length; i++) out.push(inside(i, element, input[i], issues));
      return out;
    },
    limit ? [limit] : [],
  );

const object =
  (shape: Record<string, Schema>): Schema =>
  (input, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return (fail(issues), input);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) out[key] = inside(key, shape[key]!, (input as Record<string, unknown>)[key], issues);
    return out;
  };

// The field types of src/schemas/planner.ts, in the same order.
const calendarDate = string(regex(DATE_PATTERN, messages.date), refine(isRealDate, messages.realDate));
const time = string(regex(TIME_PATTERN, messages.time));
const timestamp = string(regex(TIMESTAMP_PATTERN, messages.timestamp), refine(isRealTime, messages.realTime));
const recordId = string(nonEmpty, maxLength(64, messages.tooLong(64)), refine(isWhole, messages.halfCharacter));
const text = (max: number) => string(maxLength(max, messages.tooLong(max)));
const list = (max: number) => array(text(max), maxLength(limits.list, messages.tooMany(limits.list)));
const optionalDate = nullable(calendarDate);
const required = (max: number) => string(nonEmpty, maxLength(max, messages.tooLong(max)));

const person = object({
  id: recordId,
  name: required(limits.short),
  role: text(limits.short),
  organisation: text(limits.short),
  referredBy: nullable(recordId),
  howKnown: text(limits.medium),
  email: text(limits.short),
  phone: text(limits.short),
  profileUrl: text(limits.medium),
  tags: array(text(limits.tag), maxLength(limits.tags, messages.tooMany(limits.tags, 'tags'))),
  notes: text(limits.long),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const questionNote = object({
  key: recordId,
  bankId: nullable(text(limits.short)),
  text: required(limits.medium),
  notes: text(limits.long),
});

const conversation = object({
  id: recordId,
  personId: recordId,
  status: oneOf(statuses),
  askedOn: optionalDate,
  nudgedOn: optionalDate,
  scheduledDate: optionalDate,
  scheduledTime: nullable(time),
  format: nullable(oneOf(formats)),
  place: text(limits.medium),
  confirmedOn: optionalDate,
  doneOn: optionalDate,
  thankedOn: optionalDate,
  lastUpdateOn: optionalDate,
  notes: text(limits.long),
  questions: array(questionNote, maxLength(limits.list, messages.tooMany(limits.list))),
  minutes: nullable(int(1, 240)),
  learned: text(limits.long),
  fit: text(limits.long),
  nextStep: text(limits.long),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const plannerData = object({
  profile: object({
    myName: text(limits.short),
    fields: list(limits.short),
    interests: list(limits.medium),
    strengths: list(limits.medium),
    values: list(limits.medium),
    updatedAt: nullable(timestamp),
  }),
  people: array(person),
  conversations: array(conversation),
  deleted: array(object({ id: recordId, deletedAt: timestamp })),
});

/** plannerDataSchema.safeParse without zod: the checked data, or every problem found. */
export function checkPlannerData(input: unknown): { success: true; data: PlannerData } | { success: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const data = plannerData(input, issues) as PlannerData;
  return issues.length ? { success: false, issues } : { success: true, data };
}
