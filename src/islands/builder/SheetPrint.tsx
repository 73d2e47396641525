import { partLabels } from '../../lib/labels.ts';
import { partOrder } from '../../lib/sheet/sheet';
import { SHEET_TITLE } from '../../lib/sheet/export';
import type { Part } from '../../schemas/question';
import QrCode from './QrCode.tsx';

/** One question on paper. */
export interface PrintedQuestion {
  key: string;
  text: string;
  part: Part;
}

interface Props {
  /** The questions in asking order. */
  questions: readonly PrintedQuestion[];
  /** How long the conversation is meant to last. */
  minutes: number;
  /** Minutes the questions take, when worked out; printed as the sheet's estimate. */
  estimate?: number | undefined;
  /** Questions under their part's heading (opening, core, closing). */
  grouped?: boolean | undefined;
  /** Small type in two columns, without the blanks to fill in or room to write. */
  compact?: boolean | undefined;
  /** The sheet's share link, printed with a QR code; left out for a sheet attached to a conversation. */
  link?: string | undefined;
  /** The blanks filled in (Name, Role, Organization, Date), when the sheet is for a known person. */
  details?: Record<string, string> | undefined;
}

const fields = ['Name', 'Role', 'Organization', 'Date'];

/**
 * The sheet as it comes out on paper; hidden on screen. Black on white, numbered questions with
 * room to write, never split across pages; sized by the printer's page, so A4 and Letter both fit.
 */
export default function SheetPrint({ questions: rows, minutes, estimate, grouped, compact, link, details }: Props) {
  const question = (row: PrintedQuestion, n: number) => (
    <li key={row.key} value={n} class={`break-inside-avoid ${compact ? 'mb-1' : 'mb-2 min-h-[32mm] border-b border-dotted border-black'}`}>
      {row.text}
    </li>
  );
  const groups = grouped
    ? partOrder.map((part) => ({ part, rows: rows.filter((r) => r.part === part) })).filter((g) => g.rows.length > 0)
    : [{ part: undefined, rows }];
  let n = 0;
  return (
    <div class="hidden text-[11pt] leading-snug text-black wrap-anywhere print:block" data-print-sheet>
      <h2 class="mb-3 text-[16pt] font-bold">{SHEET_TITLE}</h2>
      {!compact && (
        <dl class="mb-4 grid grid-cols-2 gap-x-6 gap-y-3">
          {fields.map((f) => (
            <div key={f} class="flex items-end gap-2">
              <dt class="font-semibold">{f}:</dt>
              <dd class="flex-1 border-b border-black">{details?.[f] || '\u00a0'}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="mb-3">
        {estimate === undefined
          ? `A ${minutes}-minute conversation.`
          : `About ${estimate} minutes of questions for a ${minutes}-minute conversation.`}
      </p>
      <div class={compact ? 'columns-2 gap-8' : ''}>
        {groups.map((group) =>
          // A part is a section under its heading; an ungrouped sheet is one plain list (a
          // section with no heading is an outline entry with no name).
          group.part ? (
            <section key={group.part}>
              <h3 class="mt-2 mb-1 break-after-avoid font-bold">{partLabels[group.part]}</h3>
              <ol class="list-decimal pl-6">{group.rows.map((row) => question(row, ++n))}</ol>
            </section>
          ) : (
            <ol key="all" class="list-decimal pl-6">
              {group.rows.map((row) => question(row, ++n))}
            </ol>
          ),
        )}
      </div>
      <footer class="mt-4 flex break-inside-avoid items-start gap-4 border-t border-black pt-3 text-[10pt]">
        <div class="min-w-0 flex-1">
          <p class="font-semibold">End on time. Send a thank-you note within a day or two.</p>
          {link && (
            <>
              <p class="mt-1">This sheet online:</p>
              <p class="font-mono text-[8pt] break-all">{link}</p>
            </>
          )}
        </div>
        {link && <QrCode text={link} />}
      </footer>
    </div>
  );
}
