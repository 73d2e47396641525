import { describe, expect, test } from 'vitest';
import { sheetToMarkdown, sheetToText, type ExportSheet } from '../../src/lib/sheet/export.ts';

const sheet: ExportSheet = {
  questions: [
    { text: 'How did you start?', part: 'opening' },
    { text: 'What is *hard* about <it>?', part: 'core' },
    { text: 'Who else should I talk to?', part: 'closing' },
  ],
  grouped: false,
  minutes: 20,
  estimate: 10,
  link: 'https://example.edu/builder/#sheet=v1&q=a',
};

describe('exports', () => {
  test('plain text numbers the questions and ends with the link', () => {
    const text = sheetToText(sheet);
    expect(text).toContain('1. How did you start?\n2. What is *hard* about <it>?\n3. Who else should I talk to?');
    expect(text).toContain('About 10 minutes (you have 20).');
    expect(text.trimEnd().endsWith(sheet.link)).toBe(true);
  });

  test('grouped text has part headings and keeps numbering running', () => {
    const text = sheetToText({ ...sheet, grouped: true });
    expect(text).toContain('Opening\n1. How did you start?');
    expect(text).toContain('Closing\n3. Who else should I talk to?');
  });

  test('Markdown escapes the reader’s text', () => {
    const md = sheetToMarkdown(sheet);
    expect(md).toContain('2. What is \\*hard\\* about \\<it\\>?');
    expect(md.startsWith('# My questions')).toBe(true);
    expect(md).toContain(`[Open this sheet online](<${sheet.link}>)`);
  });

  test('grouped Markdown uses second-level headings', () => {
    expect(sheetToMarkdown({ ...sheet, grouped: true })).toContain('## Core questions\n\n2. ');
  });

  // A sheet with no opening questions: the parts it has, numbered from 1, and no empty heading.
  const noOpening: ExportSheet = { ...sheet, questions: sheet.questions.slice(1), grouped: true };

  test('plain text is the title, the time, the questions and the link, with a blank line between', () => {
    expect(sheetToText(sheet)).toBe(
      [
        'My questions for an informational interview',
        '',
        'About 10 minutes (you have 20).',
        '',
        '1. How did you start?',
        '2. What is *hard* about <it>?',
        '3. Who else should I talk to?',
        '',
        'Open this sheet online: https://example.edu/builder/#sheet=v1&q=a',
        '',
      ].join('\n'),
    );
  });

  test('grouped plain text heads only the parts that have questions', () => {
    expect(sheetToText(noOpening)).toBe(
      [
        'My questions for an informational interview',
        '',
        'About 10 minutes (you have 20).',
        '',
        'Core questions',
        '1. What is *hard* about <it>?',
        '',
        'Closing',
        '2. Who else should I talk to?',
        '',
        'Open this sheet online: https://example.edu/builder/#sheet=v1&q=a',
        '',
      ].join('\n'),
    );
  });

  test('Markdown is a heading, the time, an ordered list and the link, with a blank line between', () => {
    expect(sheetToMarkdown(sheet)).toBe(
      [
        '# My questions for an informational interview',
        '',
        'About 10 minutes (you have 20).',
        '',
        '1. How did you start?',
        '2. What is \\*hard\\* about \\<it\\>?',
        '3. Who else should I talk to?',
        '',
        '[Open this sheet online](<https://example.edu/builder/#sheet=v1&q=a>)',
        '',
      ].join('\n'),
    );
  });

  test('grouped Markdown heads only the parts that have questions', () => {
    expect(sheetToMarkdown(noOpening)).toBe(
      [
        '# My questions for an informational interview',
        '',
        'About 10 minutes (you have 20).',
        '',
        '## Core questions',
        '',
        '1. What is \\*hard\\* about \\<it\\>?',
        '',
        '## Closing',
        '',
        '2. Who else should I talk to?',
        '',
        '[Open this sheet online](<https://example.edu/builder/#sheet=v1&q=a>)',
        '',
      ].join('\n'),
    );
  });
});
