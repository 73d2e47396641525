// Version 1 of the stored planner, kept only so saved data from it can be read and migrated.
// It kept one conversation per contact inside the contact record. Never change this file: it
// describes data already in readers' browsers. zod/mini for the bundle budget (see planner.ts).
import * as z from 'zod/mini';
import { calendarDateSchema, formats } from './planner';

/** The pipeline stages version 1 knew. */
export const v1Stages = ['idea', 'contacted', 'meeting', 'met', 'thanked', 'ongoing', 'declined', 'silent'] as const;

const text = z.string();
const optionalDate = z.nullable(calendarDateSchema);

/** A contact in version 1: the person and their single conversation together. */
export const v1ContactSchema = z.object({
  /** Stable id. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Their name. */
  name: z.string().check(z.minLength(1)),
  /** Job title. */
  title: text,
  /** Employer. */
  company: text,
  /** Id of the contact who referred the reader, if any. */
  referrer: z.nullable(z.string()),
  /** Email address. */
  email: text,
  /** Phone number. */
  phone: text,
  /** Profile link. */
  link: text,
  /** Tags, comma-separated. */
  tags: text,
  /** Notes. */
  notes: text,
  /** Pipeline stage. */
  stage: z.enum(v1Stages),
  /** When the request went out. */
  contactedOn: optionalDate,
  /** Local date and time of the meeting, `YYYY-MM-DDTHH:MM`. */
  meeting: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/))),
  /** How the meeting takes place. */
  meetingType: z.nullable(z.enum(formats)),
  /** Where. */
  where: text,
  /** When they met. */
  metOn: optionalDate,
  /** When the thank-you went out. */
  thankedOn: optionalDate,
  /** When the last update went out. */
  lastNoteOn: optionalDate,
  /** Last change, in milliseconds since 1970. */
  modified: z.number().check(z.nonnegative()),
});

/** The version 1 document. */
export const v1DocumentSchema = z.object({
  /** Always 1. */
  version: z.literal(1),
  /** The planner data in version 1. */
  data: z.object({
    /** The reader. */
    me: z.object({
      /** Their name. */
      name: text,
      /** What they were exploring, one line. */
      goal: text,
    }),
    /** Everyone in the planner. */
    contacts: z.array(v1ContactSchema),
  }),
});

export type V1Document = z.output<typeof v1DocumentSchema>;
export type V1Contact = z.output<typeof v1ContactSchema>;
