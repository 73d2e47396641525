// Loaded only when the reader asks for a CSV: papaparse is about 7 KB gzip.
import Papa from 'papaparse';
import type { PlannerData } from '../../../schemas/planner.ts';
import { formatLabels, statusLabels } from '../labels.ts';

/** Column headings of the CSV export, in order. */
export const csvColumns = [
  'Name',
  'Role',
  'Organization',
  'Referred by',
  'How you know them',
  'Email',
  'Phone',
  'Profile link',
  'Tags',
  'Person notes',
  'Status',
  'Asked on',
  'Followed up on',
  'Scheduled date',
  'Scheduled time',
  'Format',
  'Place',
  'Confirmed on',
  'Done on',
  'Thanked on',
  'Last update on',
  'Conversation notes',
  'Person id',
  'Conversation id',
] as const;

/** One row per conversation, with its person's details; people with no conversation get one row. */
export function csvRows(data: PlannerData): string[][] {
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  const talks = new Map<string, PlannerData['conversations']>();
  for (const c of data.conversations) talks.set(c.personId, [...(talks.get(c.personId) ?? []), c]);
  return data.people.flatMap((p) => {
    const person = [
      p.name,
      p.role,
      p.organisation,
      p.referredBy ? (names.get(p.referredBy) ?? '') : '',
      p.howKnown,
      p.email,
      p.phone,
      p.profileUrl,
      p.tags.join(', '),
      p.notes,
    ];
    const list = talks.get(p.id) ?? [];
    if (list.length === 0) return [[...person, ...Array<string>(12).fill(''), p.id, '']];
    return list.map((c) => [
      ...person,
      statusLabels[c.status],
      c.askedOn ?? '',
      c.nudgedOn ?? '',
      c.scheduledDate ?? '',
      c.scheduledTime ?? '',
      c.format ? formatLabels[c.format] : '',
      c.place,
      c.confirmedOn ?? '',
      c.doneOn ?? '',
      c.thankedOn ?? '',
      c.lastUpdateOn ?? '',
      c.notes,
      p.id,
      c.id,
    ]);
  });
}

/**
 * Cells a spreadsheet could run. Cells starting with = + - @ (and tab, return or NUL, as OWASP ASVS 1.2.10 lists)
 * are prefixed with an apostrophe so a spreadsheet shows them instead of running them as formulas.
 * So are those where spaces come first (spreadsheets may trim them on import) and those starting
 * with the full-width ＝ ＋ － ＠ that some spreadsheets read as formula signs.
 * The pattern is our own: papaparse's built-in one (`^[=+\-@\t\r].*$`) misses values that
 * contain a line break, NUL, leading spaces and full-width signs.
 */
export const formulaStart = /^[\s\0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\0]/;

/** The CSV text, with every cell that matches `formulaStart` defused. */
export function plannerCsv(data: PlannerData): string {
  return Papa.unparse({ fields: [...csvColumns], data: csvRows(data) }, { escapeFormulae: formulaStart, newline: '\r\n' });
}
