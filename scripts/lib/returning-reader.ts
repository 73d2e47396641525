// What a returning reader's browser holds: a question sheet, checklist ticks, a chosen theme and a
// planner with people at every stage. `npm run budgets` loads each tool page a second time with
// this in localStorage, because saved data can make a page load code that an empty one does not
// (a QR code for a sheet that has questions, a conversation's details in the companion).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLANNER_KEY, SHEET_KEY, THEME_KEY, TICKS_KEY } from '../../src/lib/storage-keys.ts';
import { conversation, person, plannerDocument } from './planner-fixtures.ts';

// Node runs this file as it is, so everything it imports names its .ts files in full;
// tests/unit/returning-reader.test.ts checks that the site reads what is written here.

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
  const made = { createdAt: stamp, updatedAt: stamp };
  const planner = plannerDocument(
    [
      person('ada', 'Ada Mensah', {
        ...made,
        role: 'Epidemiologist',
        organisation: 'County health department',
        email: 'ada@example.org',
        notes: 'Met at the careers fair.',
      }),
      person('bo', 'Bo Lindqvist', {
        ...made,
        role: 'Data analyst',
        organisation: 'City hospital',
        profileUrl: 'https://example.org/bo',
        referredBy: 'ada',
      }),
      person('chen', 'Chen Wei', {
        ...made,
        role: 'Programme manager',
        organisation: 'Health charity',
        phone: '+44 20 7946 0000',
        referredBy: 'ada',
      }),
    ],
    [
      conversation('talk-ada', 'ada', {
        ...made,
        status: 'done',
        askedOn: day(0),
        scheduledDate: day(7),
        scheduledTime: '14:00',
        format: 'video',
        doneOn: day(7),
        minutes: 30,
        notes: 'Ask about the field work.',
        learned: 'Most of the job is writing.',
        questions: picked
          .slice(0, 6)
          .map((q, i) => ({ key: `q-${i}`, bankId: q.id, text: q.text, notes: i === 0 ? 'Started as a volunteer.' : '' })),
      }),
      conversation('talk-bo', 'bo', {
        ...made,
        status: 'scheduled',
        askedOn: day(2),
        scheduledDate: day(20),
        scheduledTime: '10:30',
        format: 'phone',
      }),
      conversation('talk-chen', 'chen', made),
    ],
  );

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
