// Loaded only when the reader asks for a calendar file: the ics library is about 24 KB gzip.
import { createEvents, type EventAttributes } from 'ics';
import type { PlannerData } from '../../../schemas/planner.ts';
import { dueLabels, formatLabels } from '../labels.ts';
import { dueItems } from '../reminders.ts';

/** How long a scheduled conversation is blocked out when no end is known. */
export const MEETING_MINUTES = 45;

const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];

// iCalendar text may hold no control character but tab and line break (RFC 5545, 3.3.11), and
// the ics library escapes only CRLF and LF: a lone CR would end the line early in strict readers.
// eslint-disable-next-line no-control-regex
const calendarText = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** Calendar events for every scheduled conversation and every reminder that is not done yet. */
export function calendarEvents(data: PlannerData, today: string): EventAttributes[] {
  const names = new Map(data.people.map((p) => [p.id, p]));
  const events: EventAttributes[] = [];
  for (const c of data.conversations) {
    const person = names.get(c.personId);
    if (c.status !== 'scheduled' || !c.scheduledDate || !person) continue;
    const base = {
      uid: `${c.id}@informational-interview-planner`,
      title: calendarText(`Informational interview with ${person.name}`),
      description: calendarText(
        [c.format ? formatLabels[c.format] : '', [person.role, person.organisation].filter(Boolean).join(', ')].filter(Boolean).join('\n'),
      ),
      ...(c.place ? { location: calendarText(c.place) } : {}),
      productId: 'informational-interview-planner',
    };
    if (c.scheduledTime) {
      const [h, m] = c.scheduledTime.split(':').map(Number) as [number, number];
      // Times are typed in the reader's zone; the library turns them into UTC with that zone.
      events.push({
        ...base,
        start: [...ymd(c.scheduledDate), h, m],
        startInputType: 'local',
        startOutputType: 'utc',
        duration: { minutes: MEETING_MINUTES },
      });
    } else {
      events.push({ ...base, start: ymd(c.scheduledDate), duration: { days: 1 } });
    }
  }
  for (const item of dueItems(data, today)) {
    const person = names.get(item.personId)!;
    // Overdue reminders land on today, so they are not lost in the past of the calendar.
    const day = item.from < today ? today : item.from;
    events.push({
      uid: `${item.key}@informational-interview-planner`,
      title: calendarText(`${dueLabels[item.kind]}: ${person.name}`),
      description: `Due by ${item.by}. Open the planner to write the message.`,
      start: ymd(day),
      duration: { days: 1 },
      productId: 'informational-interview-planner',
    });
  }
  return events;
}

/** The .ics text, or an error message. */
export function plannerIcs(data: PlannerData, today: string): { ok: true; text: string } | { ok: false; error: string } {
  const events = calendarEvents(data, today);
  if (events.length === 0) return { ok: false, error: 'Nothing to put in a calendar yet: schedule a conversation first.' };
  const { error, value } = createEvents(events);
  if (error || !value) return { ok: false, error: `The calendar file could not be made (${error?.message ?? 'unknown error'}).` };
  return { ok: true, text: value };
}
