// What a returning reader's browser holds: a question sheet, checklist ticks, a chosen theme and a
// planner with people at every stage. `npm run budgets` loads each tool page a second time with
// this in localStorage, because saved data can make a page load code that an empty one does not
// (a QR code for a sheet that has questions, a conversation's details in the companion).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLANNER_VERSION } from '../../src/lib/planner/values.ts';
import { PLANNER_KEY, SHEET_KEY, THEME_KEY, TICKS_KEY } from '../../src/lib/storage-keys.ts';

// Node runs this file as it is, so it imports only modules without imports of their own; records
// are written out here, and tests/unit/returning-reader.test.ts checks that the site reads them.

export interface ReturningReader {
  /** localStorage entries to put in place before the page's scripts run. */
  storage: Record<string, string>;
  /** The conversation the companion page opens (its URL hash). */
  conversationId: string;
}

const day = (offset: number) => new Date(Date.UTC(2026, 10, 1 + offset)).toISOString().slice(0, 10);

/** A bank question as the build writes it to question-bank.json. */
export interface BankQuestion {
  id: string;
  text: string;
}

/** The question bank the build wrote to `outDir`. */
export function builtBank(outDir: string): BankQuestion[] {
  return JSON.parse(readFileSync(path.join(outDir, 'question-bank.json'), 'utf8'));
}

/** A returning reader's saved data, with a dozen questions from `bank` on the sheet. */
export function returningReader(bank: BankQuestion[]): ReturningReader {
  const picked = bank.filter((_, i) => i % 18 === 0).slice(0, 12);
  // The sheet as the builder saves it (src/lib/sheet.ts, serializeSheet).
  const sheet = JSON.stringify({
    v: 1,
    items: [...picked.map((q) => ({ id: q.id })), { key: 'mine-1', text: 'What would you tell someone starting out today?', part: 'core' }],
    minutes: 30,
    grouped: true,
    compact: false,
  });

  const stamp = `${day(0)}T09:00:00.000Z`;
  const person = (id: string, fields: Record<string, unknown>) => ({
    id, name: '', role: '', organisation: '', referredBy: null, howKnown: '', email: '', phone: '', profileUrl: '', tags: [], notes: '',
    createdAt: stamp, updatedAt: stamp, ...fields,
  });
  const conversation = (id: string, personId: string, fields: Record<string, unknown>) => ({
    id, personId, status: 'to-contact', askedOn: null, nudgedOn: null, scheduledDate: null, scheduledTime: null, format: null, place: '',
    confirmedOn: null, doneOn: null, thankedOn: null, lastUpdateOn: null, notes: '', questions: [], minutes: null, learned: '', fit: '',
    nextStep: '', createdAt: stamp, updatedAt: stamp, ...fields,
  });
  const planner = {
    version: PLANNER_VERSION,
    data: {
      profile: { myName: 'Sam', fields: ['Public health'], interests: [], strengths: [], values: [], updatedAt: null },
      people: [
        person('ada', { name: 'Ada Mensah', role: 'Epidemiologist', organisation: 'County health department', email: 'ada@example.org', notes: 'Met at the careers fair.' }),
        person('bo', { name: 'Bo Lindqvist', role: 'Data analyst', organisation: 'City hospital', profileUrl: 'https://example.org/bo', referredBy: 'ada' }),
        person('chen', { name: 'Chen Wei', role: 'Programme manager', organisation: 'Health charity', phone: '+44 20 7946 0000', referredBy: 'ada' }),
      ],
      conversations: [
        conversation('talk-ada', 'ada', {
          status: 'done', askedOn: day(0), scheduledDate: day(7), scheduledTime: '14:00', format: 'video', doneOn: day(7), minutes: 30,
          notes: 'Ask about the field work.', learned: 'Most of the job is writing.',
          questions: picked.slice(0, 6).map((q, i) => ({ key: `q-${i}`, bankId: q.id, text: q.text, notes: i === 0 ? 'Started as a volunteer.' : '' })),
        }),
        conversation('talk-bo', 'bo', { status: 'scheduled', askedOn: day(2), scheduledDate: day(20), scheduledTime: '10:30', format: 'phone' }),
        conversation('talk-chen', 'chen', {}),
      ],
      deleted: [],
    },
  };

  return {
    storage: {
      [SHEET_KEY]: sheet,
      [TICKS_KEY]: JSON.stringify({ 'know-what-you-want': ['pick-a-field'] }),
      [PLANNER_KEY]: JSON.stringify(planner),
      [THEME_KEY]: 'dark',
    },
    conversationId: 'talk-ada',
  };
}
