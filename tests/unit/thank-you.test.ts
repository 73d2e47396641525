import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillThankYou, joinLearned, mailtoLink, noteChoices } from '../../src/lib/companion/thank-you.ts';
import type { MessageTemplate } from '../../src/lib/planner/on-demand/template-fill.ts';
import type { PlannerData } from '../../src/schemas/planner';

const data: PlannerData = JSON.parse(readFileSync(new URL('fixtures/planner/v3.json', import.meta.url), 'utf8')).data;
const ada = data.people[0]!;
const talk = data.conversations[0]!;
const template: MessageTemplate = {
  id: 'thank-you',
  title: 'Thank-you note',
  channel: 'email',
  subject: 'Thank you for your time, {theirName}',
  message: 'Dear {theirName},\n\nI especially valued {somethingLearned}.\n\nMy next step is {nextStep}.\n\n{myName}',
  placeholders: [
    { name: 'theirName', label: 'Their name' },
    { name: 'somethingLearned', label: 'One thing they said that helped you' },
    { name: 'nextStep', label: 'What you will do next' },
    { name: 'myName', label: 'Your name' },
  ],
};

describe('the thank-you note', () => {
  test('offers what was learned and each question’s notes to choose from', () => {
    expect(noteChoices(talk).map((c) => c.text)).toEqual([
      'Field epidemiology needs statistics more than I thought',
      'Mornings are data cleaning; afternoons are meetings',
    ]);
  });

  test('splits what was learned at blank lines and list items, and tidies each part', () => {
    const c = {
      ...talk,
      learned: 'First  thing,\nstill the first.\n\n  \nSecond thing!!\n- a list item;\n* another\n  • a third\nlast-line stays with it',
      questions: [
        { key: 'k1', bankId: null, text: 'Q', notes: '  Spaced\n\nout notes. ' },
        { key: 'k2', bankId: null, text: 'Q2', notes: '   ' },
      ],
    };
    expect(noteChoices(c)).toEqual([
      { id: 'learned-0', text: 'First thing, still the first' },
      { id: 'learned-1', text: 'Second thing' },
      { id: 'learned-2', text: 'a list item' },
      { id: 'learned-3', text: 'another' },
      { id: 'learned-4', text: 'a third last-line stays with it' },
      { id: 'q-k1', text: 'Spaced out notes' },
    ]);
    // A hyphen inside a line is words, not a list.
    expect(noteChoices({ ...c, learned: 'well-paid work\nand part-time hours', questions: [] }).map((n) => n.text)).toEqual([
      'well-paid work and part-time hours',
    ]);
  });

  test.each([
    [[], ''],
    [['one thing.'], 'one thing'],
    [['one', 'two'], 'one, and two'],
    [['one', '  ', 'two!', 'three...'], 'one; two, and three'],
  ])('joins %j as %j', (chosen, joined) => {
    expect(joinLearned(chosen)).toBe(joined);
  });

  test('fills the name, the chosen notes, the next step and my name', () => {
    const filled = fillThankYou(
      template,
      data,
      ada,
      talk,
      noteChoices(talk).map((c) => c.text),
    );
    expect(filled.subject).toBe('Thank you for your time, Ada Okafor');
    expect(filled.message).toContain(
      'I especially valued Field epidemiology needs statistics more than I thought, and Mornings are data cleaning; afternoons are meetings.',
    );
    expect(filled.message).toContain('My next step is Take the free outbreak course.');
    expect(filled.message).toContain('Sam Student');
    expect(filled.missing).toEqual([]);
  });

  test('dates the note by the day they met: the day it happened, else the day planned', () => {
    const dated = { ...template, message: 'Thanks for {meetingDate}.', placeholders: [{ name: 'meetingDate', label: 'The day you met' }] };
    const happened = fillThankYou(dated, data, ada, { ...talk, doneOn: '2025-03-04', scheduledDate: '2025-03-01' }, []);
    const planned = fillThankYou(dated, data, ada, { ...talk, doneOn: null, scheduledDate: '2025-03-01' }, []);
    const neither = fillThankYou(dated, data, ada, { ...talk, doneOn: null, scheduledDate: null }, []);
    expect(happened.message).not.toBe(planned.message);
    expect(happened.message).toMatch(/4 Mar|Mar(ch)? 4/);
    expect(planned.message).toMatch(/1 Mar|Mar(ch)? 1/);
    expect(neither.missing).toEqual(['The day you met']);
  });

  test('takes the first line of the next step, tidied', () => {
    const filled = fillThankYou(template, data, ada, { ...talk, nextStep: '  Read   the report.\nThen call Ben.' }, ['x']);
    expect(filled.message).toContain('My next step is Read the report.');
    expect(filled.message).not.toContain('Ben');
  });

  test('names what is still to fill when no note is chosen', () => {
    expect(fillThankYou(template, data, ada, talk, []).missing).toEqual(['One thing they said that helped you']);
  });

  test('builds a mailto link with subject, CRLF body and the address when it is one', () => {
    expect(mailtoLink('ada@example.org', 'Thanks & more', 'Hi\nthere')).toBe(
      'mailto:ada@example.org?subject=Thanks%20%26%20more&body=Hi%0D%0Athere',
    );
    expect(mailtoLink('not an address', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    // Spaces around an address are dropped; anything before or after it is not an address.
    expect(mailtoLink('  ada@example.org \n', 'S', 'B')).toBe('mailto:ada@example.org?subject=S&body=B');
    for (const notOne of ['x ada@example.org', 'ada@example.org x', 'ada@example', '<ada@example.org>', 'a,b@example.org'])
      expect(mailtoLink(notOne, 'S', 'B'), notOne).toBe('mailto:?subject=S&body=B');
  });

  test('turns half a character into U+FFFD instead of failing', () => {
    expect(mailtoLink('a\ud800@example.org', 'Thanks, \udfff', 'Hi \ud83d\ude00 \ud83d')).toBe(
      'mailto:a%EF%BF%BD@example.org?subject=Thanks%2C%20%EF%BF%BD&body=Hi%20%F0%9F%98%80%20%EF%BF%BD',
    );
  });
});
