import type { Conversation, PlannerData } from '../../schemas/planner.ts';
import { addDays } from './dates.ts';

/** What a reminder asks the reader to do. */
export type DueKind = 'confirm' | 'thank-you' | 'update' | 'nudge';
/** Where a reminder stands today. */
export type DueState = 'upcoming' | 'due' | 'overdue';

/** One thing the reader should do, worked out from a conversation. */
export interface DueItem {
  /** Stable key: kind and conversation id. */
  key: string;
  kind: DueKind;
  conversationId: string;
  personId: string;
  /** First day it is due. */
  from: string;
  /** Last day before it counts as overdue. */
  by: string;
  state: DueState;
  /** The message template that fits. */
  templateId: string;
}

/**
 * The handbook's update rhythm ("when advice differs"): the first update about a month after the
 * conversation (days after the thank-you when it becomes due, and the last day before it is
 * overdue), then one every 2 or 3 months, counted from the last update sent.
 */
export const UPDATE_WINDOW = { from: 28, by: 42 } as const;
export const LATER_UPDATE_WINDOW = { from: 60, by: 90 } as const;
/** Days after a conversation by which the thank-you should go out. */
export const THANK_YOU_DAYS = 7;
/** Days after an unanswered request before a nudge, and how long it stays merely due. */
export const NUDGE = { after: 7, grace: 6 } as const;

function latest(...dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/** The reminder a conversation needs right now, or null. Each status has at most one. */
export function reminderFor(c: Conversation, today: string): DueItem | null {
  const make = (kind: DueKind, from: string, by: string, templateId: string): DueItem => ({
    key: `${kind}:${c.id}`,
    kind,
    conversationId: c.id,
    personId: c.personId,
    from,
    by,
    state: today < from ? 'upcoming' : today <= by ? 'due' : 'overdue',
    templateId,
  });
  switch (c.status) {
    case 'scheduled': {
      // Confirming is for the day before; on the day itself it is late but still worth doing;
      // once the day has passed the reminder would be pointless.
      if (!c.scheduledDate || c.confirmedOn || today > c.scheduledDate) return null;
      const eve = addDays(c.scheduledDate, -1);
      return make('confirm', eve, eve, 'confirm-day-before');
    }
    case 'done': {
      const met = c.doneOn ?? c.scheduledDate;
      if (!met || c.thankedOn) return null;
      return make('thank-you', met, addDays(met, THANK_YOU_DAYS), 'thank-you');
    }
    case 'thanked':
    case 'keeping-in-touch': {
      const last = latest(c.lastUpdateOn, c.thankedOn, c.doneOn);
      if (!last) return null;
      const window = c.lastUpdateOn === last ? LATER_UPDATE_WINDOW : UPDATE_WINDOW;
      return make('update', addDays(last, window.from), addDays(last, window.by), 'periodic-update');
    }
    case 'asked': {
      if (!c.askedOn || c.nudgedOn) return null;
      const from = addDays(c.askedOn, NUDGE.after);
      // One short, polite reminder, whoever put you in touch: the handbook's no-reply template.
      return make('nudge', from, addDays(from, NUDGE.grace), 'no-reply-reminder');
    }
    default:
      return null;
  }
}

const rank: Record<DueState, number> = { overdue: 0, due: 1, upcoming: 2 };

/** Every reminder in the planner, most urgent first; conversations of missing people are skipped. */
export function dueItems(data: PlannerData, today: string): DueItem[] {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const items: DueItem[] = [];
  for (const c of data.conversations) {
    if (!people.has(c.personId)) continue;
    const item = reminderFor(c, today);
    if (item) items.push(item);
  }
  return items.sort((a, b) => rank[a.state] - rank[b.state] || a.by.localeCompare(b.by) || a.key.localeCompare(b.key));
}
