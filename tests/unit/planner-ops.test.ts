import { describe, expect, test } from 'vitest';
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

  test.each([
    ['ask', { status: 'asked', askedOn: '2025-04-01', nudgedOn: null }],
    ['done', { status: 'done', doneOn: '2025-04-01' }],
    ['thank', { status: 'thanked', thankedOn: '2025-04-01' }],
    ['update', { status: 'keeping-in-touch', lastUpdateOn: '2025-04-01' }],
    ['reopen', { status: 'to-contact' }],
  ] as const)('the step %s sets %o', (step, patch) => {
    expect(ops.stepPatch(step, '2025-04-01')).toEqual(patch);
  });

  test('offers the steps that fit the status', () => {
    const c = two.conversations[0]!;
    expect(ops.nextSteps(c)).toEqual(['ask', 'decline']);
    expect(ops.nextSteps({ ...c, status: 'asked', nudgedOn: '2025-01-01' })).toEqual(['decline', 'no-reply']);
    expect(ops.nextSteps({ ...c, status: 'declined' })).toEqual(['reopen']);
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

  test('leaves markup as text: a name is never a placeholder or HTML', () => {
    const filled = fillTemplate(template, { theirName: '{myName} <img src=x onerror=alert(1)>' });
    expect(filled.subject).toBe('Thank you, {myName} <img src=x onerror=alert(1)>');
  });
});
