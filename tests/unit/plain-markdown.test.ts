import { expect, test } from 'vitest';
import { isPlainMarkdown } from '../../src/lib/plain-markdown';

test('prose, lists, links, emphasis and headings are plain Markdown', () => {
  const body = `\n## Before the day\n\nRead **their** profile, then [the guide](/guides/what-it-is/).\n\n- one\n- two\n  and more\n\n> A quote.\n`;
  expect(isPlainMarkdown(body)).toBe(true);
  expect(isPlainMarkdown('')).toBe(true);
});

test('anything MDX reads differently from Markdown is compiled as MDX', () => {
  for (const body of [
    "import Note from '../Note.astro';\n\nText.",
    'export const x = 1;\n\nText.',
    'Text with <Note>a component</Note>.',
    'An <abbr title="x">HTML</abbr> tag.',
    '<!-- a comment -->\n\nText.',
    'An expression: {props.name}.',
    'A lone closing brace }.',
    'Text.\n\n    indented: code in Markdown, a paragraph in MDX',
    'Text.\n\n\ttabbed',
    '---\n\nStarts with a rule the Markdown renderer would take for frontmatter.',
  ]) {
    expect(isPlainMarkdown(body), body).toBe(false);
  }
});
