import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BankCategory, BankEntry, QuestionAliases } from '../../lib/bank.ts';
import type { AliasList } from '../../lib/search-aliases.ts';
import type { Preset } from '../../lib/sheet/presets';
import { encodeSheetLink } from '../../lib/sheet/link';
import type { ExportSheet } from '../../lib/sheet/export';
import { viewSheet } from '../../lib/sheet/view';
import { emptySheet } from '../../lib/sheet/sheet';
import { loadQr } from '../../lib/qr.ts';
import { $announcement, $pocketCard, $sheet, $sheetUnreadable, announce } from '../../stores/sheet.ts';
import { useLazy } from '../kit/useLazy.ts';
import BankPanel from './BankPanel.tsx';
import type LinkArrivalType from './LinkArrival.tsx';
import PresetList from './PresetList.tsx';
import SheetPrint from './SheetPrint.tsx';
import SheetPanel from './SheetPanel.tsx';
import { focusSheet } from './focus-sheet.ts';

interface Props {
  /**
   * Where the bank's data is (question-bank.json): one file the browser and the offline worker
   * keep, shared with the companion and the counselors' page, so this page does not grow with
   * every question. The rows themselves are in the page (`children`).
   */
  bankUrl: string;
  /** How many questions the bank has, and how many each category and situation has. */
  size: number;
  counts: { category: [string, number][]; situation: [string, number][] };
  /**
   * Old ids of merged questions and the search aliases, as JSON text. Astro revives object props
   * value by value in the browser, which costs far more than one JSON.parse of a string.
   */
  aliasesJson: string;
  categories: BankCategory[];
  presets: Preset[];
  /** Where the starter sheets' printable pages are (PresetList). */
  starterUrl: string;
  /** Minutes each starter sheet's questions take, by preset id. */
  estimates: Record<string, number>;
  /** The bank's rows, rendered at build time (src/components/BankList.astro). */
  children?: ComponentChildren;
  /** The starter sheets' words before and after their cards, rendered at build time. */
  starterIntro?: ComponentChildren;
  starterNote?: ComponentChildren;
}

/** Presses made before the builder started, kept by the page's inline script (builder.astro). */
declare global {
  interface Window {
    builderPresses?: Element[] | null;
  }
}

const blank = emptySheet();

/**
 * The question builder: starter sheets, the reader's sheet, the bank, and the printed sheet.
 * Rendered at build time and started in the browser: it first matches the built page (an empty
 * sheet, the bank as built), then, a task later, shows the saved sheet, and fills in what needs
 * the bank's data once that file is there. No step of that waits on another for long.
 */
/** A fragment that carries a sheet or names a starter sheet. */
const LINK = /^#(.*&)?(sheet|preset)=/;

export default function Builder({
  bankUrl,
  size,
  counts,
  aliasesJson,
  categories,
  presets,
  starterUrl,
  estimates,
  children,
  starterIntro,
  starterNote,
}: Props) {
  const [bank, setBank] = useState<BankEntry[] | null>(null);
  const [bankFailed, setBankFailed] = useState(false);
  const aliases = useMemo(() => JSON.parse(aliasesJson) as { questions: QuestionAliases; search: AliasList }, [aliasesJson]);
  const saved = useStore($sheet);
  // The saved sheet shows once its questions can be looked up (the bank's data arrives after the
  // builder has started); until then the page stays as built.
  const sheet = bank ? saved : blank;
  useEffect(() => {
    fetch(bankUrl)
      // A missing file's error page is not JSON either: both end in the notice below.
      .then((r) => r.json() as Promise<BankEntry[]>)
      .then(setBank, () => setBankFailed(true));
  }, [bankUrl]);
  // Words typed and choices made before the builder started are in its fields but not in its
  // state: each changed field tells it, as if just changed. Then the presses made before it
  // started are made again, once those changes are rendered (children's layout effects, such as
  // the bank's, have run by now, so every control answers).
  const root = useRef<HTMLDivElement>(null);
  const releasePresses = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    for (const f of root.current!.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const { options } = f as unknown as Partial<HTMLSelectElement>;
      const box = f.type === 'checkbox' || f.type === 'radio';
      const was = options ? ([...options].find((o) => o.defaultSelected) ?? options[0])?.value : f.defaultValue;
      if (box ? f.checked !== f.defaultChecked : f.value !== was)
        f.dispatchEvent(new Event(box || options ? 'change' : 'input', { bubbles: true }));
    }
    releasePresses.current = () => {
      releasePresses.current = null;
      const presses = window.builderPresses ?? [];
      window.builderPresses = null;
      setTimeout(() => {
        for (const button of presses) if (button.isConnected) (button as HTMLElement).click();
      });
    };
    // A page opened from a shared link starts from that sheet: presses wait until it is taken in
    // (LinkArrival's onTaken), so a question added meanwhile joins the shared sheet instead of
    // making the sheet look taken and the link ask first.
    if (!LINK.test(location.hash)) releasePresses.current();
  }, []);
  // Without the bank's data no link can be taken in: the presses go ahead regardless.
  if (bankFailed) releasePresses.current?.();
  // The pocket card is printed only on request: its code loads then (ShareActions).
  const pocket = useLazy(() => import('./PocketCardPrint.tsx'), useStore($pocketCard));
  // Shown only when the saved sheet could not be read, which is rare: its code loads then.
  const unreadable = useLazy(() => import('./UnreadableNotice.tsx'), useStore($sheetUnreadable));
  // A sheet saved before two questions were merged names the old id: it becomes the kept one.
  useEffect(() => {
    if (sheet.items.some((i) => 'id' in i && Object.hasOwn(aliases.questions, i.id))) {
      void import('../../stores/sheet-old-ids.ts').then((m) => m.resolveOldIds(aliases.questions));
    }
  }, [aliases, sheet]);
  const announcement = useStore($announcement);
  // What the bank's last press did ("Added “…”."), said once the sheet's new size and time are
  // known: at once, or, for a press made before the bank's data arrived, when it has.
  const said = useRef('');
  const bankById = useMemo(() => new Map((bank ?? []).map((q) => [q.id, q])), [bank]);
  const view = useMemo(() => viewSheet(sheet, bankById), [sheet, bankById]);
  const printed = useMemo(() => view.rows.filter((r) => !r.missing), [view]);
  const n = view.rows.length;
  const holds = n ? `${n} question${n === 1 ? '' : 's'}, about ${view.estimate} minutes` : 'Your sheet is empty';
  useEffect(() => {
    if (said.current) announce(`${said.current} ${holds}.`);
    said.current = '';
  }, [view]);
  const exported: ExportSheet = useMemo(
    () => ({
      questions: printed.map((r) => ({ text: r.text, part: r.part })),
      grouped: sheet.grouped,
      minutes: sheet.minutes,
      estimate: view.estimate,
      link: bank ? `${location.origin}${location.pathname}#${encodeSheetLink(sheet)}` : '',
    }),
    [printed, view, sheet, bank],
  );
  // A link's fragment, once taken off the address bar; `n` tells repeated arrivals apart.
  const [arrival, setArrival] = useState<{ fragment: string; n: number } | null>(null);
  const [Arrival, setArrivalModule] = useState<typeof LinkArrivalType | null>(null);

  useEffect(() => {
    const arrive = () => {
      if (!LINK.test(location.hash)) return;
      const fragment = location.hash;
      // Taken off the address so a reload does not ask again.
      history.replaceState(null, '', location.pathname + location.search);
      void import('./LinkArrival.tsx').then((m) => {
        setArrivalModule(() => m.default);
        setArrival((a) => ({ fragment, n: (a?.n ?? 0) + 1 }));
      });
    };
    arrive();
    // Never taken off: the island lives as long as the page.
    addEventListener('hashchange', arrive);
  }, []);

  // The QR code is only for paper, and its encoder is 4 KB gzip: it loads on the reader's first
  // key press or pointer press once the sheet has questions (pressing Ctrl for Ctrl+P counts, so
  // the browser's own Print command gets it), and when printing is near. A visit that only looks
  // loads none of it (npm run budgets holds the builder to 25 KB with a saved sheet too).
  // The listeners are never taken off: the island lives as long as the page, adding the same one
  // twice does nothing, and loadQr loads once however often it is called.
  useEffect(() => {
    addEventListener('beforeprint', loadQr);
    if (sheet.items.length) for (const type of ['keydown', 'pointerdown']) addEventListener(type, loadQr, { capture: true, once: true });
  }, [sheet.items.length > 0]);

  return (
    <>
      <div class="no-print" ref={root}>
        {unreadable.module && <unreadable.module.default />}
        {bankFailed && (
          <p class="card mb-6 p-4" role="alert">
            Your sheet could not be loaded. Check your connection, then reload the page.
          </p>
        )}
        {Arrival && arrival && bank && (
          <Arrival
            key={arrival.n}
            fragment={arrival.fragment}
            bank={bankById}
            aliases={aliases.questions}
            presets={presets}
            onDone={() => setArrival(null)}
            onTaken={() => releasePresses.current?.()}
          />
        )}
        <PresetList
          presets={presets}
          estimates={estimates}
          starterUrl={starterUrl}
          sheetEmpty={sheet.items.length === 0}
          intro={starterIntro}
          note={starterNote}
        />
        <div class="mt-10 grid grid-cols-1 items-start gap-10 lg:grid-cols-2">
          <SheetPanel sheet={sheet} view={view} bank={bankById} categories={categories} exported={exported} />
          <BankPanel
            bank={bank}
            size={size}
            counts={counts}
            categories={categories}
            sheet={sheet}
            searchAliases={aliases.search}
            said={said}
          >
            {children}
          </BankPanel>
        </div>
        {/* Below the two columns' width, the sheet is far above most of the bank: this bar says
            what it holds and goes to it (builder.css keeps it at the foot of the screen). */}
        {n > 0 && (
          <div class="sheet-bar">
            <button type="button" onClick={focusSheet}>
              <b>Go to your sheet</b>
              <span key={n}>{holds}</span>
            </button>
          </div>
        )}
        {/* Stays in place so screen readers track it; the trailing space flips so repeats are read. */}
        <p class="sr-only" role="status">
          {announcement.text + (announcement.n % 2 ? '\u00a0' : '')}
        </p>
      </div>
      <SheetPrint
        questions={printed}
        minutes={sheet.minutes}
        estimate={view.estimate}
        grouped={sheet.grouped}
        compact={sheet.compact}
        link={exported.link}
      />
      {pocket.module && <pocket.module.default questions={printed} />}
    </>
  );
}
