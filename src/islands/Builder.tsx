import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BankCategory, BankEntry } from '../lib/bank';
import type { Preset } from '../lib/presets';
import { decodeSheetLink, encodeSheetLink } from '../lib/sheet-link';
import type { ExportSheet } from '../lib/sheet-export';
import { viewSheet } from '../lib/sheet-view';
import { loadQr } from '../lib/qr';
import { $announcement, $sheet, dismissUndo, loadItems, newKey } from '../stores/sheet';
import BankPanel from './BankPanel';
import IncomingDialog from './IncomingDialog';
import type { Incoming } from './incoming';
import Notices, { type Notice } from './Notices';
import PresetList from './PresetList';
import PrintSheet from './PrintSheet';
import SheetPanel from './SheetPanel';

interface Props {
  bank: BankEntry[];
  categories: BankCategory[];
  presets: Preset[];
}

const focusSheet = () => document.getElementById('sheet-heading');

/** The question builder: starter sheets, the reader's sheet, the bank, and the printed sheet. */
export default function Builder({ bank, categories, presets }: Props) {
  const sheet = useStore($sheet);
  const announcement = useStore($announcement);
  const bankById = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const view = useMemo(() => viewSheet(sheet, bankById), [sheet, bankById]);
  const exported: ExportSheet = useMemo(
    () => ({
      questions: view.rows.filter((r) => !r.missing).map((r) => ({ text: r.text, part: r.part })),
      grouped: sheet.grouped,
      minutes: sheet.minutes,
      estimate: view.estimate,
      link: `${location.origin}${location.pathname}#${encodeSheetLink(sheet)}`,
    }),
    [view, sheet],
  );
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The dialog reports its close after a choice was made too; only the first answer counts.
  const pending = useRef<Incoming | null>(null);

  // Take in a sheet from the address: a shared link or a starter-sheet link.
  useEffect(() => {
    const arrive = () => {
      const content = decodeSheetLink(location.hash, new Set(bankById.keys()), newKey);
      if (content.kind === 'none') return;
      history.replaceState(null, '', location.pathname + location.search);
      let offer: Incoming;
      if (content.kind === 'unsupported') {
        setNotice({ title: `This link uses a newer format (${content.version}) than this handbook reads. Your sheet is unchanged.` });
        return;
      } else if (content.kind === 'preset') {
        const preset = presets.find((p) => p.id === content.id);
        if (!preset) {
          setNotice({ title: 'The link names a starter sheet this handbook does not have. Your sheet is unchanged; the starter sheets are listed below.' });
          return;
        }
        offer = { what: `the starter sheet “${preset.title}”`, items: preset.questions.map((id) => ({ id })), minutes: preset.minutes, grouped: false, dropped: [], cut: 0 };
      } else {
        offer = { what: 'the shared sheet', ...content.sheet, dropped: content.dropped, cut: content.cut };
      }
      if ($sheet.get().items.length === 0) {
        loadItems(offer.items, 'replace', offer.what, { minutes: offer.minutes, grouped: offer.grouped });
        dismissUndo();
        setNotice({ title: `Your sheet was empty, so it now holds ${offer.what} (${offer.items.length} questions).`, dropped: offer.dropped, cut: offer.cut });
      } else {
        pending.current = offer;
        setIncoming(offer);
      }
    };
    arrive();
    addEventListener('hashchange', arrive);
    return () => removeEventListener('hashchange', arrive);
  }, []);

  // The QR code is only for paper: fetch its code when printing is near, not with the page.
  useEffect(() => {
    addEventListener('beforeprint', loadQr);
    return () => removeEventListener('beforeprint', loadQr);
  }, []);
  useEffect(() => {
    if (sheet.items.length === 0) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
    idle(() => void loadQr());
  }, [sheet.items.length > 0]);

  const choose = (choice: 'replace' | 'merge' | 'keep') => {
    const offer = pending.current;
    pending.current = null;
    setIncoming(null);
    if (!offer) return;
    if (choice === 'keep') setNotice({ title: `You kept your sheet. ${offer.what[0]!.toUpperCase()}${offer.what.slice(1)} was not opened.` });
    else {
      loadItems(offer.items, choice, offer.what, { minutes: offer.minutes, grouped: offer.grouped });
      setNotice(offer.dropped.length || offer.cut ? { title: `About ${offer.what}:`, dropped: offer.dropped, cut: offer.cut } : null);
    }
  };

  return (
    <>
      <div class="no-print">
        <nav aria-label="Builder sections" class="mb-6 text-sm">
          <ul class="flex flex-wrap gap-x-4 gap-y-1">
            <li><a href="#starter-heading">Starter sheets</a></li>
            <li><a href="#sheet-heading">Your sheet</a></li>
            <li><a href="#bank-heading">Question bank</a></li>
          </ul>
        </nav>
        <Notices notice={notice} onDismiss={() => setNotice(null)} />
        <PresetList presets={presets} bank={bankById} sheetEmpty={sheet.items.length === 0} />
        <div class="mt-10 grid items-start gap-10 lg:grid-cols-2">
          <SheetPanel sheet={sheet} view={view} bank={bankById} categories={categories} exported={exported} />
          <BankPanel bank={bank} categories={categories} sheet={sheet} view={view} />
        </div>
        {/* Stays in place so screen readers track it; the trailing space flips so repeats are read. */}
        <p class="sr-only" role="status">
          {announcement.text + (announcement.n % 2 ? '\u00a0' : '')}
        </p>
        <IncomingDialog incoming={incoming} bank={bankById} onChoose={choose} fallbackFocus={focusSheet} />
      </div>
      <PrintSheet sheet={sheet} view={view} link={exported.link} />
    </>
  );
}
