// The planner's schemas: the types of the stored planner, and the check that backups, older
// versions and the tests go through. They use zod/mini (the same zod 4 package that astro/zod
// re-exports): astro/zod exposes the whole classic namespace, which bundles to about 90 KB gzip.
// Even zod/mini is about 7 KB gzip, so the planner's start-up reads saved data with
// src/lib/planner-check.ts instead, which mirrors these schemas (a property test holds the two
// to the same answers); change both together. The fixed values live in src/lib/planner-values.ts.
import * as z from 'zod/mini';
import {
  DATE_PATTERN,
  formats,
  isRealDate,
  isRealTime,
  isWhole,
  limits,
  messages,
  PLANNER_VERSION,
  statuses,
  TIME_PATTERN,
  TIMESTAMP_PATTERN,
} from '../lib/planner/values.ts';

export { PLANNER_VERSION, formats, limits, statuses };

/** A calendar date in the reader's own time zone, `YYYY-MM-DD`. */
export const calendarDateSchema = z.string().check(z.regex(DATE_PATTERN, messages.date), z.refine(isRealDate, messages.realDate));
/** A local wall-clock time, `HH:MM` (24-hour). */
export const timeSchema = z.string().check(z.regex(TIME_PATTERN, messages.time));
/** An instant in UTC, as `Date.prototype.toISOString()` writes it. */
// A plain regex rather than z.iso.datetime(): same check for this one format, 0.7 KB less script.
export const timestampSchema = z.string().check(z.regex(TIMESTAMP_PATTERN, messages.timestamp), z.refine(isRealTime, messages.realTime));
/** A record id: opaque, made by the planner. Ids go into links (#person-<id>), so half a character is refused. */
export const recordIdSchema = z
  .string()
  .check(z.minLength(1, messages.empty), z.maxLength(64, messages.tooLong(64)), z.refine(isWhole, messages.halfCharacter));

const text = (max: number) => z.string().check(z.maxLength(max, messages.tooLong(max)));
const list = (max: number) => z.array(text(max)).check(z.maxLength(limits.list, messages.tooMany(limits.list)));
const optionalDate = z.nullable(calendarDateSchema);

/** Someone the reader may talk to. */
export const personSchema = z.object({
  /** Stable id; conversations and referrals point at it. */
  id: recordIdSchema,
  /** Their name as the reader writes it. */
  name: z.string().check(z.minLength(1, messages.empty), z.maxLength(limits.short, messages.tooLong(limits.short))),
  /** Their job title or role. */
  role: text(limits.short),
  /** Where they work. */
  organisation: text(limits.short),
  /** The person in the planner who referred the reader to them, if any. */
  referredBy: z.nullable(recordIdSchema),
  /** How the reader knows them, in their own words. */
  howKnown: text(limits.medium),
  /** Email address, as typed. */
  email: text(limits.short),
  /** Phone number, as typed. */
  phone: text(limits.short),
  /** A profile page; shown as a link only if it is http(s). */
  profileUrl: text(limits.medium),
  /** Free labels for filtering, such as a sector. */
  tags: z.array(text(limits.tag)).check(z.maxLength(limits.tags, messages.tooMany(limits.tags, 'tags'))),
  /** Anything else worth remembering. */
  notes: text(limits.long),
  /** When the record was created. */
  createdAt: timestampSchema,
  /** When the record last changed; the later change wins when two tabs disagree. */
  updatedAt: timestampSchema,
});

/** A question copied into a conversation from a sheet, with what the reader noted about it. */
export const questionNoteSchema = z.object({
  /** Stable key within the conversation. */
  key: recordIdSchema,
  /** The bank question it came from, or null for the reader's own question. */
  bankId: z.nullable(text(limits.short)),
  /** The words as they were when the sheet was attached; later sheet edits leave them alone. */
  text: z.string().check(z.minLength(1, messages.empty), z.maxLength(limits.medium, messages.tooLong(limits.medium))),
  /** What the reader wrote during or right after the conversation. */
  notes: text(limits.long),
});

/** One conversation with a person, moving through the status pipeline. */
export const conversationSchema = z.object({
  /** Stable id. */
  id: recordIdSchema,
  /** The person this conversation is with. */
  personId: recordIdSchema,
  /** Where the conversation stands. */
  status: z.enum(statuses),
  /** When the reader asked for the conversation. */
  askedOn: optionalDate,
  /** When the reader sent a follow-up to an unanswered request. */
  nudgedOn: optionalDate,
  /** The agreed date. */
  scheduledDate: optionalDate,
  /** The agreed start time, local. */
  scheduledTime: z.nullable(timeSchema),
  /** In person, video or phone. */
  format: z.nullable(z.enum(formats)),
  /** Address, room or call link, as typed. */
  place: text(limits.medium),
  /** When the reader confirmed the day before. */
  confirmedOn: optionalDate,
  /** When the conversation took place. */
  doneOn: optionalDate,
  /** When the thank-you was sent. */
  thankedOn: optionalDate,
  /** When the reader last sent an update to keep in touch. */
  lastUpdateOn: optionalDate,
  /** Notes about this conversation. */
  notes: text(limits.long),
  /** Questions attached from a sheet (version 3), in asking order. */
  questions: z.array(questionNoteSchema).check(z.maxLength(limits.list, messages.tooMany(limits.list))),
  /** The time budget in minutes taken from the sheet, or null when none is attached. */
  minutes: z.nullable(z.int().check(z.minimum(1), z.maximum(240))),
  /** Debrief: what the reader learned. */
  learned: text(limits.long),
  /** Debrief: how it fits the reader's interests, strengths and values. */
  fit: text(limits.long),
  /** Debrief: what the reader will do next. */
  nextStep: text(limits.long),
  /** When the record was created. */
  createdAt: timestampSchema,
  /** When the record last changed. */
  updatedAt: timestampSchema,
});

/** The reader's own target and self-assessment, the handbook's first step. */
export const profileSchema = z.object({
  /** The reader's name, used to sign messages. */
  myName: text(limits.short),
  /** Fields or roles being explored, one per entry. */
  fields: list(limits.short),
  /** What the reader enjoys or is curious about. */
  interests: list(limits.medium),
  /** What the reader is good at. */
  strengths: list(limits.medium),
  /** What matters to the reader in work. */
  values: list(limits.medium),
  /** When the profile last changed, or null if never edited. */
  updatedAt: z.nullable(timestampSchema),
});

/** A deleted record, kept so other tabs drop it too instead of bringing it back. */
export const tombstoneSchema = z.object({
  /** Id of the deleted person or conversation. */
  id: recordIdSchema,
  /** When it was deleted; a later edit of the record brings it back. */
  deletedAt: timestampSchema,
});

/** Everything the planner keeps. */
export const plannerDataSchema = z.object({
  /** The reader's target and self-assessment. */
  profile: profileSchema,
  /** People, in the order they were added. */
  people: z.array(personSchema),
  /** Conversations, in the order they were added. */
  conversations: z.array(conversationSchema),
  /** Deleted records. */
  deleted: z.array(tombstoneSchema),
});

/** The stored document: a version number and the data. */
export const plannerDocumentSchema = z.object({
  /** Always the current version. */
  version: z.literal(PLANNER_VERSION),
  /** The planner's data. */
  data: plannerDataSchema,
});

export type Status = (typeof statuses)[number];
export type Format = (typeof formats)[number];
export type Person = z.output<typeof personSchema>;
export type Conversation = z.output<typeof conversationSchema>;
export type QuestionNote = z.output<typeof questionNoteSchema>;
export type Profile = z.output<typeof profileSchema>;
export type Tombstone = z.output<typeof tombstoneSchema>;
export type PlannerData = z.output<typeof plannerDataSchema>;
export type PlannerDocument = z.output<typeof plannerDocumentSchema>;
