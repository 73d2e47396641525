import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { BankEntry } from '../../lib/bank';
import { withBase } from '../../lib/paths';
import { sheetRows } from '../../lib/sheet/rows.ts';
import type { Conversation } from '../../schemas/planner';
import { attachSheet } from '../../stores/companion';
import { $sheet } from '../../stores/sheet';
import { $readOnly } from '../../stores/planner/persistence.ts';

interface Props {
  conversation: Conversation;
  bank: BankEntry[];
}

/** Copies the builder's current sheet into the conversation, so later sheet edits leave it alone. */
export default function AttachSheet({ conversation: c, bank }: Props) {
  const readOnly = useStore($readOnly);
  const sheet = useStore($sheet);
  const bankById = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const rows = sheetRows(sheet, bankById).filter((r) => !r.missing);
  const [status, setStatus] = useState('');
  const attach = () => {
    attachSheet(
      c.id,
      rows.map((r) => ({ text: r.text, bankId: r.bank?.id ?? null })),
      sheet.minutes,
    );
    setStatus(`Attached ${rows.length} question${rows.length === 1 ? '' : 's'} and a ${sheet.minutes}-minute budget.`);
  };
  const attached = c.questions.length;
  return (
    <div class="flex flex-col gap-2">
      <p>
        {attached > 0
          ? `${attached} question${attached === 1 ? ' is' : 's are'} attached, copied from your sheet${c.minutes ? `, with a ${c.minutes}-minute budget` : ''}. Editing the sheet later does not change them.`
          : 'No questions are attached yet.'}
      </p>
      {rows.length > 0 ? (
        <p class="muted text-sm">
          Your sheet in the <a href={withBase('/builder/')}>question builder</a> has {rows.length} question{rows.length === 1 ? '' : 's'}{' '}
          and a {sheet.minutes}-minute budget.
        </p>
      ) : (
        <p class="muted text-sm">
          Your sheet is empty. Pick questions in the <a href={withBase('/builder/')}>question builder</a>, then come back here.
        </p>
      )}
      {!readOnly && rows.length > 0 && (
        <div>
          <button type="button" class="btn btn-primary" onClick={attach}>
            {attached > 0 ? 'Attach the current sheet again' : 'Attach my question sheet'}
          </button>
        </div>
      )}
      <p role="status" class="text-sm">
        {status}
      </p>
    </div>
  );
}
