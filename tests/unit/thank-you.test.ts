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

  test.each([
    [[], ''],
    [['one thing.'], 'one thing'],
    [['one', 'two'], 'one, and two'],
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

  test('names what is still to fill when no note is chosen', () => {
    expect(fillThankYou(template, data, ada, talk, []).missing).toEqual(['One thing they said that helped you']);
  });

  test('builds a mailto link with subject, CRLF body and the address when it is one', () => {
    expect(mailtoLink('ada@example.org', 'Thanks & more', 'Hi\nthere')).toBe(
      'mailto:ada@example.org?subject=Thanks%20%26%20more&body=Hi%0D%0Athere',
    );
    expect(mailtoLink('not an address', 'S', 'B')).toBe('mailto:?subject=S&body=B');
  });

  test('turns half a character into U+FFFD instead of failing', () => {
    expect(mailtoLink('a\ud800@example.org', 'Thanks, \udfff', 'Hi \ud83d\ude00 \ud83d')).toBe(
      'mailto:a%EF%BF%BD@example.org?subject=Thanks%2C%20%EF%BF%BD&body=Hi%20%F0%9F%98%80%20%EF%BF%BD',
    );
  });
});
