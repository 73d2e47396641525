// Version 2 of the stored planner, kept only so saved data from it can be read and migrated.
// It is version 3 without the conversation companion's fields (questions, time budget, debrief).
// Built from the current schemas by omission, so the shared fields cannot drift apart; if a
// later version changes one of them, spell version 2 out here instead. zod/mini for the budget.
import * as z from 'zod/mini';
import { conversationSchema, personSchema, profileSchema, tombstoneSchema } from './planner';

/** A conversation as version 2 stored it. */
export const v2ConversationSchema = z.omit(conversationSchema, {
  questions: true,
  minutes: true,
  learned: true,
  fit: true,
  nextStep: true,
});

/** The data of a version 2 document. */
export const v2DataSchema = z.object({
  /** The reader's target and self-assessment. */
  profile: profileSchema,
  /** People, in the order they were added. */
  people: z.array(personSchema),
  /** Conversations, in the order they were added. */
  conversations: z.array(v2ConversationSchema),
  /** Deleted records. */
  deleted: z.array(tombstoneSchema),
});

/** A stored version 2 document. */
export const v2DocumentSchema = z.object({
  /** Always 2. */
  version: z.literal(2),
  /** The planner's data. */
  data: v2DataSchema,
});

export type V2Conversation = z.output<typeof v2ConversationSchema>;
export type V2Data = z.output<typeof v2DataSchema>;
