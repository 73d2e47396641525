import { afterEach, describe, expect, test, vi } from 'vitest';
import { emptyPlanner } from '../../src/lib/planner/document.ts';
import * as ops from '../../src/lib/planner/ops.ts';
import { allTags, pipelineGroups } from '../../src/lib/planner/pipeline.ts';
import { mailtoHref, safeHref, telHref } from '../../src/lib/planner/safe-link.ts';
import { fillTemplate, messageText, valuesFor, type MessageTemplate } from '../../src/lib/planner/on-demand/template-fill.ts';
import { personFields as fields } from '../../scripts/lib/planner-fixtures.ts';

const t = (minute: number) => `2025-04-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const two = ops.addPerson(
  ops.addPerson(emptyPlanner(), fields('Ada', { tags: ['health'], role: 'Nurse' }), t(0), { person: 'a', conversation: 'ca' }),
  fields('Ben', { referredBy: 'a', tags: ['data', 'health'] }),
  t(0),
  { person: 'b', conversation: 'cb' },
);

describe('records', () => {
  test('adding a person also adds a conversation waiting to be asked for', () => {
    expect(two.conversations.map((c) => [c.personId, c.status])).toEqual([
      ['a', 'to-contact'],
      ['b', 'to-contact'],
    ]);
  });

  test('deleting a person removes their conversations and leaves tombstones', () => {
    const after = ops.deletePerson(two, 'a', t(1));
    expect(after.people.map((p) => p.id)).toEqual(['b']);
    expect(after.conversations.map((c) => c.id)).toEqual(['cb']);
    expect(after.deleted).toEqual([
      { id: 'a', deletedAt: t(1) },
      { id: 'ca', deletedAt: t(1) },
    ]);
  });

  test('deleting a person again, or a conversation, keeps one tombstone per record and every other tombstone', () => {
    const once = ops.deletePerson(two, 'a', t(1));
    // A person deleted in another tab comes back in a merge and is deleted here again.
    const back = ops.addPerson(once, fields('Ada'), t(2), { person: 'a', conversation: 'ca' });
    const twice = ops.deletePerson(back, 'a', t(3));
    expect(twice.deleted).toEqual([
      { id: 'a', deletedAt: t(3) },
      { id: 'ca', deletedAt: t(3) },
    ]);
    const withOther = { ...twice, deleted: [...twice.deleted, { id: 'someone-else', deletedAt: t(0) }] };
    const gone = ops.deleteConversation(ops.addConversation(withOther, 'b', t(4), 'cb2'), 'cb2', t(5));
    expect(gone.conversations.map((c) => c.id)).toEqual(['cb']);
    expect(gone.deleted).toEqual([...withOther.deleted, { id: 'cb2', deletedAt: t(5) }]);
    // Deleting a conversation whose tombstone is already there replaces the tombstone.
    const again = ops.deleteConversation(gone, 'cb2', t(6));
    expect(again.deleted.filter((d) => d.id === 'cb2')).toEqual([{ id: 'cb2', deletedAt: t(6) }]);
    expect(again.deleted).toHaveLength(gone.deleted.length);
  });

  test('another conversation with the same person starts blank, after the ones there are', () => {
    const more = ops.addConversation(two, 'a', t(1), 'ca2');
    expect(more.conversations.map((c) => [c.id, c.personId])).toEqual([
      ['ca', 'a'],
      ['cb', 'b'],
      ['ca2', 'a'],
    ]);
    expect(more.conversations[2]).toEqual(ops.blankConversation('ca2', 'a', t(1)));
  });

  test('a new person and a new conversation start with nothing filled in', () => {
    expect(ops.blankPerson).toEqual({
      name: '',
      role: '',
      organisation: '',
      referredBy: null,
      howKnown: '',
      email: '',
      phone: '',
      profileUrl: '',
      tags: [],
      notes: '',
    });
    const c = ops.blankConversation('c', 'p', t(0));
    expect(c).toMatchObject({ id: 'c', personId: 'p', status: 'to-contact', questions: [], createdAt: t(0), updatedAt: t(0) });
    for (const field of ['place', 'notes', 'learned', 'fit', 'nextStep'] as const) expect(c[field], field).toBe('');
    for (const field of [
      'askedOn',
      'nudgedOn',
      'scheduledDate',
      'scheduledTime',
      'format',
      'confirmedOn',
      'doneOn',
      'thankedOn',
      'lastUpdateOn',
      'minutes',
    ] as const)
      expect(c[field], field).toBeNull();
  });

  test.each([
    ['ask', { status: 'asked', askedOn: '2025-04-01', nudgedOn: null }],
    ['nudge', { nudgedOn: '2025-04-01' }],
    ['confirm', { confirmedOn: '2025-04-01' }],
    ['done', { status: 'done', doneOn: '2025-04-01' }],
    ['thank', { status: 'thanked', thankedOn: '2025-04-01' }],
    ['update', { status: 'keeping-in-touch', lastUpdateOn: '2025-04-01' }],
    ['decline', { status: 'declined' }],
    ['no-reply', { status: 'no-reply' }],
    ['reopen', { status: 'to-contact' }],
  ] as const)('the step %s sets %o', (step, patch) => {
    expect(ops.stepPatch(step, '2025-04-01')).toEqual(patch);
  });

  test('offers the steps that fit the status', () => {
    const c = two.conversations[0]!;
    const steps = (patch: Partial<typeof c>) => ops.nextSteps({ ...c, ...patch });
    expect(steps({})).toEqual(['ask', 'decline']);
    expect(steps({ status: 'asked' })).toEqual(['nudge', 'decline', 'no-reply']);
    expect(steps({ status: 'asked', nudgedOn: '2025-01-01' })).toEqual(['decline', 'no-reply']);
    expect(steps({ status: 'scheduled' })).toEqual(['confirm', 'done', 'decline']);
    expect(steps({ status: 'scheduled', confirmedOn: '2025-01-01' })).toEqual(['done', 'decline']);
    expect(steps({ status: 'done' })).toEqual(['thank']);
    expect(steps({ status: 'thanked' })).toEqual(['update']);
    expect(steps({ status: 'keeping-in-touch' })).toEqual(['update']);
    expect(steps({ status: 'declined' })).toEqual(['reopen']);
    expect(steps({ status: 'no-reply' })).toEqual(['reopen']);
  });
});

describe('new ids', () => {
  afterEach(() => void vi.unstubAllGlobals());

  test('are random UUIDs where the browser makes them', () => {
    const ids = Array.from({ length: 50 }, () => ops.newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each([
    ['no crypto at all', undefined],
    ['crypto without randomUUID (an insecure origin)', { getRandomValues: () => undefined }],
  ])('are still unique and never empty with %s', (_name, crypto) => {
    vi.stubGlobal('crypto', crypto);
    const ids = Array.from({ length: 50 }, () => ops.newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]{4,8}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the pipeline', () => {
  test('groups by status with filters for words, tag and status', () => {
    const asked = ops.updateConversation(two, 'cb', { status: 'asked' }, t(1));
    const count = (f: Parameters<typeof pipelineGroups>[1]) =>
      pipelineGroups(asked, f)
        .map((g) => g.entries.length)
        .slice(0, 3);
    expect(count({ query: '', tag: '', status: '' })).toEqual([1, 1, 0]);
    expect(count({ query: 'NURSE', tag: '', status: '' })).toEqual([1, 0, 0]);
    expect(count({ query: '', tag: 'data', status: '' })).toEqual([0, 1, 0]);
    expect(count({ query: '', tag: '', status: 'asked' })).toEqual([0, 1, 0]);
    expect(allTags(asked.people)).toEqual(['data', 'health']);
  });

  const listed = (data: typeof two, query: string) =>
    pipelineGroups(data, { query, tag: '', status: '' }).flatMap((g) => g.entries.map((e) => e.conversation.id));

  test('lists each conversation with its person and the person who referred them', () => {
    const [ada, ben] = two.people;
    const [ca, cb] = two.conversations;
    expect(pipelineGroups(two, { query: '', tag: '', status: '' })[0]).toEqual({
      status: 'to-contact',
      entries: [
        { person: ada, conversation: ca, referrer: undefined },
        { person: ben, conversation: cb, referrer: ada },
      ],
    });
  });

  test('a search matches only conversations that have every word, each within one field', () => {
    expect(listed(two, 'health nurse')).toEqual(['ca']);
    expect(listed(two, 'nurse data')).toEqual([]);
    expect(listed(two, 'ada nurse')).toEqual(['ca']);
    expect(listed(two, 'adanurse')).toEqual([]);
  });

  test('within a status the conversation changed most recently comes first', () => {
    const benLater = ops.updateConversation(two, 'cb', { notes: 'Wrote back' }, t(5));
    expect(listed(benLater, '')).toEqual(['cb', 'ca']);
    expect(listed(ops.updateConversation(benLater, 'ca', { notes: 'Called' }, t(7)), '')).toEqual(['ca', 'cb']);
  });

  test('a conversation whose person is gone is left out, and so is a referrer who is gone', () => {
    const withoutAda = { ...two, people: two.people.filter((p) => p.id !== 'a') };
    expect(pipelineGroups(withoutAda, { query: '', tag: '', status: '' })[0]!.entries).toEqual([
      { person: two.people[1], conversation: two.conversations[1], referrer: undefined },
    ]);
  });
});

describe('links', () => {
  test.each([
    ['https://example.org/ada', 'https://example.org/ada'],
    ['  http://example.org  ', 'http://example.org/'],
    ['mailto:ada@example.org', 'mailto:ada@example.org'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['example.org', null],
    ['', null],
  ])('%j links to %j', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  test('emails and phone numbers become links only when they look like one', () => {
    expect(mailtoHref('ada@example.org')).toBe('mailto:ada@example.org');
    expect(mailtoHref('ada@example.org?subject=<x>')).toBeNull();
    expect(telHref('+44 (20) 7946-0000')).toBe('tel:+442079460000');
    expect(telHref('call me')).toBeNull();
    // Spaces around an address are fine; anything else before or after it is not an address.
    expect(mailtoHref('  ada@example.org \n')).toBe('mailto:ada@example.org');
    for (const notOne of ['x ada@example.org', 'ada@example.org x', '<ada@example.org>', 'ada@', '', '   '])
      expect(mailtoHref(notOne), notOne).toBeNull();
    expect(telHref('+123')).toBe('tel:+123');
    expect(telHref('123')).toBe('tel:123');
    for (const notOne of ['12', 'x123456', '123456x', '++123456', '1'.repeat(21)]) expect(telHref(notOne), notOne).toBeNull();
  });

  test('only web, email and phone addresses become links, tidied; nothing that could run', () => {
    expect(safeHref('  https://example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('mailto:ada@example.org')).toBe('mailto:ada@example.org');
    expect(safeHref('tel:+123')).toBe('tel:+123');
    for (const unsafe of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org',
      'example.org',
      '',
      '   ',
    ])
      expect(safeHref(unsafe), unsafe).toBeNull();
  });
});

describe('filling a template', () => {
  const template: MessageTemplate = {
    id: 'thank-you',
    title: 'Thank-you note',
    channel: 'email',
    subject: 'Thank you, {theirName}',
    message: 'Dear {theirName},\n\nI valued {somethingLearned}. Via {mutualContact}.\n\n{myName}',
    placeholders: [
      { name: 'theirName', label: 'Their name' },
      { name: 'somethingLearned', label: 'One thing you learned' },
      { name: 'myName', label: 'Your name' },
      { name: 'mutualContact', label: 'Who introduced you' },
    ],
  };

  test('puts in what the planner knows and marks the rest to fill in', () => {
    const data = ops.updateProfile(two, { ...two.profile, myName: 'Sam' }, t(2));
    const filled = fillTemplate(template, valuesFor(data, data.people[1]!, data.conversations[1]));
    expect(filled.subject).toBe('Thank you, Ben');
    expect(filled.message).toBe('Dear Ben,\n\nI valued [One thing you learned]. Via Ada.\n\nSam');
    expect(filled.missing).toEqual(['One thing you learned']);
    expect(messageText(filled)).toMatch(/^Subject: Thank you, Ben\n\nDear Ben/);
  });

  test('the day you met is the day the conversation happened, or else the day it was planned for', () => {
    const c = two.conversations[0]!;
    expect(valuesFor(two, two.people[0]!, { ...c, scheduledDate: '2025-04-01' }).meetingDate).toBe('Tue, 1 Apr 2025');
    expect(valuesFor(two, two.people[0]!, { ...c, scheduledDate: '2025-04-01', doneOn: '2025-04-03' }).meetingDate).toBe('Thu, 3 Apr 2025');
    expect(valuesFor(two, two.people[0]!, c).meetingDate).toBe('');
  });

  test('knows every value it can, and gives an empty one for what it cannot', () => {
    const data = ops.updateProfile(two, { ...two.profile, myName: 'Sam', fields: ['public health', 'data'] }, t(2));
    const ben = { ...data.people[1]!, howKnown: 'Met at a talk' };
    const c = { ...data.conversations[1]!, format: 'video' as const, place: 'Zoom', scheduledDate: '2025-04-01', scheduledTime: '14:30' };
    expect(valuesFor(data, ben, c)).toEqual({
      theirName: 'Ben',
      myName: 'Sam',
      theirRole: ben.role,
      theirOrganisation: ben.organisation,
      mutualContact: 'Ada',
      howIFoundYou: 'Met at a talk',
      field: 'public health',
      meetingDate: 'Tue, 1 Apr 2025',
      meetingTime: '14:30',
      meetingPlace: 'Video call, Zoom',
    });
    // No conversation, no referrer in the planner, no field: nothing made up.
    const alone = { ...ben, referredBy: 'someone-deleted' };
    expect(valuesFor(two, alone, undefined)).toMatchObject({
      mutualContact: '',
      field: '',
      meetingDate: '',
      meetingTime: '',
      meetingPlace: '',
    });
    expect(valuesFor(data, ben, { ...c, format: null }).meetingPlace).toBe('Zoom');
    expect(valuesFor(data, ben, { ...c, place: '' }).meetingPlace).toBe('Video call');
  });

  test('trims what it puts in, keeps a placeholder it does not know, and has no subject where the template has none', () => {
    const filled = fillTemplate(
      { ...template, subject: undefined, message: '  \n{theirName} and {notAPlaceholder} and {mutualContact}\n\n ' },
      { theirName: '  Ben  ', mutualContact: '   ' },
    );
    expect(filled).toEqual({
      subject: null,
      message: 'Ben and {notAPlaceholder} and [Who introduced you]',
      missing: ['Who introduced you'],
    });
  });

  test('leaves markup as text: a name is never a placeholder or HTML', () => {
    const filled = fillTemplate(template, { theirName: '{myName} <img src=x onerror=alert(1)>' });
    expect(filled.subject).toBe('Thank you, {myName} <img src=x onerror=alert(1)>');
  });
});
