import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { BankEntry } from '../../lib/bank';
import { withBase } from '../../lib/paths';
import { sheetRows } from '../../lib/sheet/rows.ts';
import type { Conversation } from '../../schemas/planner';
import { attachSheet } from '../../stores/companion';
import { $sheet } from '../../stores/sheet';
import { $readOnly } from '../../stores/planner/persistence.ts';

interface Props {
  conversation: Conversation;
}

// The bank's words come from the data file the builder and the counselors' page use too
// (question-bank.json), fetched when this part first shows and kept by the offline worker, so the
// companion's page does not carry the whole bank (issue #21). A failed fetch is tried again next time.
let bankOnce: Promise<ReadonlyMap<string, BankEntry>> | undefined;
const loadBank = () =>
  (bankOnce ??= fetch(withBase('/question-bank.json'))
    .then((r) => r.json() as Promise<BankEntry[]>)
    .then(
      (bank) => new Map(bank.map((q) => [q.id, q])),
      (error: unknown) => {
        bankOnce = undefined;
        throw error;
      },
    ));

/** Copies the builder's current sheet into the conversation, so later sheet edits leave it alone. */
export default function AttachSheet({ conversation: c }: Props) {
  const readOnly = useStore($readOnly);
  const sheet = useStore($sheet);
  const [bank, setBank] = useState<ReadonlyMap<string, BankEntry> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => void loadBank().then(setBank, () => setFailed(true)), []);
  const rows = bank ? sheetRows(sheet, bank).filter((r) => !r.missing) : [];
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
      {!bank ? (
        <p class="muted text-sm">
          {failed ? 'Your sheet could not be loaded. Check your connection, then reload the page.' : 'Loading your sheet…'}
        </p>
      ) : rows.length > 0 ? (
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
