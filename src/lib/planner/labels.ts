import type { Format, Status } from '../../schemas/planner.ts';
import type { DueKind, DueState } from './reminders.ts';
import type { StepAction } from './ops.ts';

/** How each status reads in the interface and in exports. */
export const statusLabels: Record<Status, string> = {
  'to-contact': 'To contact',
  asked: 'Asked',
  scheduled: 'Scheduled',
  done: 'Done',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  declined: 'Declined',
  'no-reply': 'No reply',
};

/** How each format reads. */
export const formatLabels: Record<Format, string> = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' };

/** The button text for each one-click step. */
export const stepLabels: Record<StepAction, string> = {
  ask: 'Mark asked',
  nudge: 'Mark follow-up sent',
  confirm: 'Mark confirmed',
  done: 'Mark done',
  thank: 'Mark thanked',
  update: 'Mark update sent',
  decline: 'Mark declined',
  'no-reply': 'Mark no reply',
  reopen: 'Reopen',
};

/** What each reminder asks for. */
export const dueLabels: Record<DueKind, string> = {
  confirm: 'Confirm the conversation',
  'thank-you': 'Send a thank-you',
  update: 'Send an update',
  nudge: 'Follow up on your request',
};

/** The words that mark a reminder's state, so it never depends on colour. */
export const dueStateLabels: Record<DueState, string> = { overdue: 'Overdue', due: 'Due', upcoming: 'Coming up' };
