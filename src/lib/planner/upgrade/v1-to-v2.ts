import type { Person, Status } from '../../../schemas/planner.ts';
import type { V2Conversation, V2Data } from '../../../schemas/planner-v2.ts';
import type { V1Contact, V1Document } from '../../../schemas/planner-v1.ts';
import { clip } from '../../clip.ts';

const v1Status: Record<V1Contact['stage'], Status> = {
  idea: 'to-contact',
  contacted: 'asked',
  meeting: 'scheduled',
  met: 'done',
  thanked: 'thanked',
  ongoing: 'keeping-in-touch',
  declined: 'declined',
  silent: 'no-reply',
};

/** Turns a version 1 document into version 2 data: each contact becomes a person and one conversation. */
export function migrateV1(doc: V1Document): V2Data {
  const ids = new Set(doc.data.contacts.map((c) => c.id));
  const people: Person[] = [];
  const conversations: V2Conversation[] = [];
  for (const c of doc.data.contacts) {
    const stamp = new Date(c.modified).toISOString();
    people.push({
      id: c.id,
      name: clip(c.name, 200),
      role: clip(c.title, 200),
      organisation: clip(c.company, 200),
      // Version 1 did not check referrers; a dangling one is dropped rather than kept broken.
      referredBy: c.referrer && ids.has(c.referrer) && c.referrer !== c.id ? c.referrer : null,
      howKnown: '',
      email: clip(c.email, 200),
      phone: clip(c.phone, 200),
      profileUrl: clip(c.link, 2000),
      tags: [
        ...new Set(
          c.tags
            .split(',')
            .map((t) => clip(t.trim(), 50))
            .filter(Boolean),
        ),
      ].slice(0, 50),
      notes: clip(c.notes, 20000),
      createdAt: stamp,
      updatedAt: stamp,
    });
    const [date, time] = c.meeting ? c.meeting.split('T') : [null, null];
    conversations.push({
      id: `${c.id}-c1`,
      personId: c.id,
      status: v1Status[c.stage],
      askedOn: c.contactedOn,
      nudgedOn: null,
      scheduledDate: date ?? null,
      scheduledTime: time ?? null,
      format: c.meetingType,
      place: clip(c.where, 2000),
      confirmedOn: null,
      doneOn: c.metOn,
      thankedOn: c.thankedOn,
      lastUpdateOn: c.lastNoteOn,
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  const goal = doc.data.me.goal.trim();
  return {
    profile: {
      myName: clip(doc.data.me.name, 200),
      fields: goal ? [clip(goal, 200)] : [],
      interests: [],
      strengths: [],
      values: [],
      updatedAt: null,
    },
    people,
    conversations,
    deleted: [],
  };
}
