import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvColumns, csvRows, plannerCsv } from '../../src/lib/planner/on-demand/csv.ts';
import { calendarEvents, plannerIcs } from '../../src/lib/planner/on-demand/calendar.ts';
import type { PlannerData } from '../../src/schemas/planner';

const base: PlannerData = JSON.parse(readFileSync(new URL('fixtures/planner/v3.json', import.meta.url), 'utf8')).data;
const hostile = '=HYPERLINK("http://evil.example","click"), "quoted"\nsecond line <script>alert(1)</script> \u202Egnp.exe';
const data: PlannerData = {
  ...base,
  people: [...base.people, { ...base.people[1]!, id: 'p-x', name: hostile, tags: ['a', 'b'], referredBy: 'p-ada' }],
  conversations: [
    ...base.conversations,
    {
      ...base.conversations[1]!,
      id: 'c-x',
      personId: 'p-x',
      status: 'scheduled',
      scheduledDate: '2024-03-20',
      scheduledTime: '09:15',
      format: 'in-person',
      place: 'Café; room 2, floor 3',
    },
    { ...base.conversations[1]!, id: 'c-x2', personId: 'p-x', status: 'scheduled', scheduledDate: '2024-03-22', scheduledTime: null },
  ],
};

describe('CSV export', () => {
  const parsed = Papa.parse<string[]>(plannerCsv(data), { skipEmptyLines: true });

  test('parses back with a header and one row per conversation', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...csvColumns]);
    expect(parsed.data).toHaveLength(1 + 4);
  });

  test('keeps quotes, commas, new lines and Unicode, and defuses formulas', () => {
    const row = parsed.data.find((r) => r.at(-1) === 'c-x')!;
    const cell = (name: string) => row[csvColumns.indexOf(name as (typeof csvColumns)[number])];
    expect(cell('Name')).toBe(`'${hostile}`);
    expect(cell('Referred by')).toBe('Ada Okafor');
    expect(cell('Tags')).toBe('a, b');
    expect(cell('Status')).toBe('Scheduled');
    expect(cell('Scheduled time')).toBe('09:15');
    expect(cell('Place')).toBe('Café; room 2, floor 3');
  });

  test('defuses every cell a spreadsheet would run, in any column, and leaves the rest alone', () => {
    const formulas = ['=1+1', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '\u0000=1+1', '=1\n+2'];
    // Spaces first (a spreadsheet may trim them on import) and full-width signs.
    formulas.push(' =1', '  +1', '\u00a0=1', '\u3000=1', '\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20SUM(A1)', ' \uff1d1');
    const safe = ['1+1', 'a=b', 'x@example.org', '£-5', 'a \uff1d b', ' 1'];
    const person = (name: string, i: number) => ({ ...base.people[1]!, id: `p-${i}`, name, role: name, notes: name, referredBy: null });
    const all = [...formulas, ...safe];
    const rows = Papa.parse<string[]>(plannerCsv({ ...base, people: all.map(person), conversations: [] }), {
      skipEmptyLines: true,
    }).data.slice(1);
    for (const [i, value] of all.entries()) {
      const shown = formulas.includes(value) ? `'${value}` : value;
      expect(
        [0, 1, 9].map((c) => rows[i]![c]),
        JSON.stringify(value),
      ).toEqual([shown, shown, shown]);
    }
  });

  test('puts each date in its own column, and leaves a step not taken blank', () => {
    const who = { ...base.people[1]!, id: 'p-d', name: 'Dee', referredBy: 'someone-deleted' };
    const dated = {
      ...base.conversations[1]!,
      id: 'c-d',
      personId: 'p-d',
      status: 'keeping-in-touch' as const,
      askedOn: '2024-01-01',
      nudgedOn: '2024-01-02',
      scheduledDate: '2024-01-03',
      scheduledTime: '10:30',
      format: 'phone' as const,
      confirmedOn: '2024-01-04',
      doneOn: '2024-01-05',
      thankedOn: '2024-01-06',
      lastUpdateOn: '2024-01-07',
    };
    const blank = {
      ...dated,
      id: 'c-e',
      status: 'to-contact' as const,
      askedOn: null,
      nudgedOn: null,
      scheduledDate: null,
      scheduledTime: null,
      format: null,
      confirmedOn: null,
      doneOn: null,
      thankedOn: null,
      lastUpdateOn: null,
    };
    const [full, empty] = csvRows({ ...base, people: [who], conversations: [dated, blank] });
    const at = (row: string[], name: (typeof csvColumns)[number]) => row[csvColumns.indexOf(name)];
    // A referrer no longer in the planner leaves the column blank rather than an id.
    expect(at(full!, 'Referred by')).toBe('');
    expect(csvColumns.slice(10, 21).map((name) => at(full!, name))).toEqual([
      'Keeping in touch',
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
      '10:30',
      'Phone call',
      dated.place,
      '2024-01-04',
      '2024-01-05',
      '2024-01-06',
      '2024-01-07',
    ]);
    expect(csvColumns.slice(10, 21).map((name) => at(empty!, name))).toEqual([
      'To contact',
      '',
      '',
      '',
      '',
      '',
      dated.place,
      '',
      '',
      '',
      '',
    ]);
    expect([at(empty!, 'Person id'), at(empty!, 'Conversation id')]).toEqual(['p-d', 'c-e']);
  });

  test('a cell that starts with a tab, a return or NUL is defused whatever follows', () => {
    const person = { ...base.people[1]!, id: 'p-t', referredBy: null };
    for (const name of ['\tjust words', '\rjust words', '\u0000just words']) {
      const row = Papa.parse<string[]>(plannerCsv({ ...base, people: [{ ...person, name }], conversations: [] }), { skipEmptyLines: true })
        .data[1]!;
      expect(row[0], JSON.stringify(name)).toBe(`'${name}`);
    }
  });

  test('lists a person without conversations once', () => {
    const lonely = { ...data, conversations: [] };
    const rows = Papa.parse<string[]>(plannerCsv(lonely), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + 3);
    expect(rows[1]![csvColumns.indexOf('Status')]).toBe('');
    // Every conversation cell is blank; the person's id is still there to match on.
    const [first] = csvRows(lonely);
    expect(first).toHaveLength(csvColumns.length);
    expect(first!.slice(10, 22)).toEqual(Array(12).fill(''));
    expect(first!.slice(22)).toEqual([lonely.people[0]!.id, '']);
  });
});

describe('calendar export', () => {
  let tz: string | undefined;
  beforeAll(() => {
    tz = process.env.TZ;
    // Times are the reader's local times; pin a zone with summer time to check the conversion.
    process.env.TZ = 'Europe/London';
  });
  afterAll(() => {
    // Assigning undefined would set the zone to the text "undefined", which Node reads as UTC.
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  test('parses back: scheduled conversations and reminders', () => {
    const result = plannerIcs(data, '2024-03-15');
    if (!result.ok) throw new Error(result.error);
    const events = parse(result.text);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const timed = byUid.get('c-x@informational-interview-planner')!;
    expect(timed.summary).toBe(`Informational interview with ${hostile}`);
    expect(timed.location).toBe('Café; room 2, floor 3');
    expect(timed.startDate.toJSDate().toISOString()).toBe('2024-03-20T09:15:00.000Z');
    expect(timed.endDate.toJSDate().toISOString()).toBe('2024-03-20T10:00:00.000Z');
    const allDay = byUid.get('c-x2@informational-interview-planner')!;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2024-03-22');
    expect(byUid.get('thank-you:c-ada-1@informational-interview-planner')!.summary).toBe('Send a thank-you: Ada Okafor');
    expect(byUid.get('confirm:c-x@informational-interview-planner')!.startDate.toString()).toBe('2024-03-19');
  });

  test('turns summer-time local times into the right UTC instant', () => {
    const summer = { ...data, conversations: [{ ...data.conversations[2]!, scheduledDate: '2024-07-01', scheduledTime: '09:15' }] };
    const result = plannerIcs(summer, '2024-06-01');
    if (!result.ok) throw new Error(result.error);
    const event = parse(result.text).find((e) => e.uid === 'c-x@informational-interview-planner')!;
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-07-01T08:15:00.000Z');
  });

  test('puts overdue reminders on today so they are not lost in the past', () => {
    const events = calendarEvents(data, '2024-04-30');
    expect(events.find((e) => e.uid === 'thank-you:c-ada-1@informational-interview-planner')!.start).toEqual([2024, 4, 30]);
  });

  test('keeps control characters out of the file: a lone CR is a line break, others are dropped', () => {
    const odd = {
      ...data,
      people: data.people.map((p) => (p.id === 'p-x' ? { ...p, name: 'one\rtwo\r\nthree\u0000\u0007\u001b[0m\u007f\tend' } : p)),
    };
    const result = plannerIcs(odd, '2024-03-15');
    if (!result.ok) throw new Error(result.error);
    // eslint-disable-next-line no-control-regex
    expect(result.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\r(?!\n)/);
    const timed = parse(result.text).find((e) => e.uid === 'c-x@informational-interview-planner')!;
    expect(timed.summary).toBe('Informational interview with one\ntwo\nthree[0m\tend');
  });

  test('makes one event per scheduled conversation with a day and a person, saying what it is', () => {
    const who = { ...data.people[0]!, id: 'p-e', name: 'Eve', role: 'Nurse', organisation: 'Clinic' };
    const talk = {
      ...data.conversations[0]!,
      personId: 'p-e',
      status: 'scheduled' as const,
      scheduledTime: null,
      thankedOn: null,
      doneOn: null,
      confirmedOn: '2024-03-01',
    };
    const planner = {
      ...data,
      people: [who],
      conversations: [
        { ...talk, id: 'e1', scheduledDate: '2024-05-02', format: 'phone' as const, place: 'Room 4' },
        { ...talk, id: 'e2', scheduledDate: '2024-05-03', format: null, place: '' },
        { ...talk, id: 'no-day', scheduledDate: null },
        { ...talk, id: 'asked', status: 'asked' as const, scheduledDate: '2024-05-04', askedOn: '2024-04-20', nudgedOn: '2024-04-27' },
        { ...talk, id: 'nobody', personId: 'p-gone', scheduledDate: '2024-05-05' },
      ],
    };
    const meetings = calendarEvents(planner, '2024-04-30').filter((e) => !e.uid!.includes(':'));
    expect(meetings).toEqual([
      {
        uid: 'e1@informational-interview-planner',
        title: 'Informational interview with Eve',
        description: 'Phone call\nNurse, Clinic',
        location: 'Room 4',
        productId: 'informational-interview-planner',
        start: [2024, 5, 2],
        duration: { days: 1 },
      },
      {
        uid: 'e2@informational-interview-planner',
        title: 'Informational interview with Eve',
        description: 'Nurse, Clinic',
        productId: 'informational-interview-planner',
        start: [2024, 5, 3],
        duration: { days: 1 },
      },
    ]);
    const bare = { ...planner, people: [{ ...who, role: '', organisation: '' }], conversations: [planner.conversations[1]!] };
    expect(calendarEvents(bare, '2024-04-30')[0]!.description).toBe('');
  });

  test('a reminder is a whole-day event on its day, or today once it is overdue, saying when it is due', () => {
    const reminders = (today: string) =>
      calendarEvents(data, today).filter((e) => e.uid === 'thank-you:c-ada-1@informational-interview-planner');
    const [onTime] = reminders('2024-03-01');
    expect(onTime).toMatchObject({
      title: 'Send a thank-you: Ada Okafor',
      description: expect.stringMatching(/^Due by \d{4}-\d{2}-\d{2}\. Open the planner to write the message\.$/),
      duration: { days: 1 },
      productId: 'informational-interview-planner',
    });
    const from = (onTime!.start as number[]).map((n) => String(n).padStart(2, '0')).join('-');
    expect(reminders(from)[0]!.start).toEqual(onTime!.start);
  });

  test('says what went wrong when the calendar library refuses the data', () => {
    const impossible = {
      ...data,
      conversations: [{ ...data.conversations[0]!, status: 'scheduled' as const, scheduledDate: '2024-99-99', scheduledTime: '99:99' }],
    };
    expect(plannerIcs(impossible, '2024-03-15')).toEqual({
      ok: false,
      error: expect.stringMatching(/^The calendar file could not be made \(.+\)\.$/),
    });
  });

  test('says so when there is nothing to export', () => {
    expect(plannerIcs({ ...data, conversations: [] }, '2024-03-15')).toEqual({
      ok: false,
      error: expect.stringContaining('Nothing to put in a calendar'),
    });
  });
});
