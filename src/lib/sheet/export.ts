// The sheet as plain text and Markdown, for pasting into notes or email.
import type { Part } from '../../schemas/question.ts';

/** A sheet ready to export: questions in asking order and what to say about it. */
export interface ExportSheet {
  questions: { text: string; part: Part }[];
  grouped: boolean;
  minutes: number;
  estimate: number;
  link: string;
}

/** Title used on paper and in exports. */
export const SHEET_TITLE = 'My questions for an informational interview';

const partTitles: Record<Part, string> = { opening: 'Opening', core: 'Core questions', closing: 'Closing' };

function sections(sheet: ExportSheet): { title?: string; items: { n: number; text: string }[] }[] {
  const numbered = sheet.questions.map((q, i) => ({ ...q, n: i + 1 }));
  if (!sheet.grouped) return [{ items: numbered }];
  return (['opening', 'core', 'closing'] as const)
    .map((part) => ({ title: partTitles[part], items: numbered.filter((q) => q.part === part) }))
    .filter((s) => s.items.length > 0);
}

const timing = (s: ExportSheet) => `About ${s.estimate} minutes (you have ${s.minutes}).`;

/** Plain text, one numbered question a line. */
export function sheetToText(sheet: ExportSheet): string {
  const body = sections(sheet).map((s) => [...(s.title ? [s.title] : []), ...s.items.map((q) => `${q.n}. ${q.text}`)].join('\n'));
  return [SHEET_TITLE, timing(sheet), ...body, `Open this sheet online: ${sheet.link}`].join('\n\n') + '\n';
}

// Custom questions are the reader's own words: escape anything Markdown would act on.
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');

/** Markdown with a heading, optional part headings and an ordered list. */
export function sheetToMarkdown(sheet: ExportSheet): string {
  const body = sections(sheet).map((s) =>
    [...(s.title ? [`## ${s.title}`] : []), s.items.map((q) => `${q.n}. ${escapeMarkdown(q.text)}`).join('\n')].join('\n\n'),
  );
  return [`# ${SHEET_TITLE}`, timing(sheet), ...body, `[Open this sheet online](<${sheet.link}>)`].join('\n\n') + '\n';
}
