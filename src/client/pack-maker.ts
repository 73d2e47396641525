// The counselors' pack maker (markup in src/components/PackMaker.astro). Loaded on first use.
// The form is the only state: each change makes the pack, its link, the QR code, the projector
// view and the handout again.
import type { BankEntry } from '../lib/bank.ts';
import { absoluteLink } from '../lib/counselor-links.ts';
import { canShare } from '../lib/clipboard.ts';
import { longDate } from '../lib/pack/progress.ts';
import {
  decodePack,
  emptyPack,
  encodePack,
  isEmail,
  packLinkProblem,
  packName,
  readDate,
  type Pack,
  type Reading,
} from '../lib/pack/format.ts';
import { shareOrCopy } from '../lib/share.ts';
import { loadQr, qrFor } from '../lib/qr.ts';
import { iframeCode } from '../lib/embed/embed-paths.ts';
import { h } from './pack-view.ts';

interface Row {
  /** The reading's link form (`sfind-people`), or a question id. */
  value: string;
  title: string;
  by?: string;
}

/** Wires up one pack maker; safe to call once per element. */
export function setUpPackMaker(root: HTMLElement): void {
  if (root.dataset.ready) return;
  root.dataset.ready = '';
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const input = (id: string) => $<HTMLInputElement>(`#${id}`);
  const base = root.dataset.base ?? '/';
  const linkBox = input('pm-link');
  const problem = $<HTMLElement>('[data-problem]');
  const readings: Row[] = [];
  const questions: Row[] = [];

  const toReading = (row: Row): Reading | undefined => {
    const decoded = decodePack(`pack=1&r=${row.value}${row.by ? `@${row.by.replace(/-/g, '')}` : ''}`);
    return decoded.kind === 'pack' ? decoded.pack.readings[0] : undefined;
  };

  const pack = (): Pack => {
    const count = Number(input('pm-goal-count').value);
    const by = readDate(input('pm-goal-date').value);
    const email = input('pm-email').value.trim();
    const sheet = $<HTMLSelectElement>('#pm-sheet').value;
    return {
      ...emptyPack(),
      title: input('pm-title').value.trim(),
      note: $<HTMLTextAreaElement>('#pm-note').value.trim(),
      sheet: sheet ? { preset: sheet } : questions.length ? { questions: questions.map((q) => q.value), minutes: 30 } : null,
      readings: readings.map(toReading).filter((r): r is Reading => Boolean(r)),
      goal: by && count >= 1 && count <= 20 ? { count: Math.floor(count), by } : null,
      email: isEmail(email) ? email : '',
    };
  };

  // One ordered list of rows with up, down and remove buttons (and a "read by" date for readings).
  const renderRows = (rows: Row[], list: string, empty: string, dated: boolean) => {
    $<HTMLElement>(empty).hidden = rows.length > 0;
    $<HTMLElement>(list).replaceChildren(
      ...rows.map((row, i) => {
        const button = (text: string, label: string, act: () => void, disabled = false) => {
          const b = h('button', { type: 'button', class: 'btn', 'aria-label': `${label}: ${row.title}` }, text);
          b.disabled = disabled;
          b.addEventListener('click', () => {
            act();
            renderRows(rows, list, empty, dated);
            update();
            // Focus stays on the same control of the moved row, or on the list's heading after a removal.
            const again = $<HTMLElement>(list).querySelector<HTMLButtonElement>(
              `[aria-label="${CSS.escape(b.getAttribute('aria-label')!)}"]:not(:disabled)`,
            );
            (again ?? ($<HTMLElement>(list).previousElementSibling as HTMLElement | null))?.focus();
          });
          return b;
        };
        const date = dated
          ? h('input', {
              type: 'date',
              class: 'rounded-md border border-[var(--line)] bg-[var(--page)] p-1',
              'aria-label': `Read by: ${row.title}`,
            })
          : null;
        if (date) {
          date.value = row.by ?? '';
          date.addEventListener('change', () => {
            const by = readDate(date.value);
            if (by) row.by = by;
            else delete row.by;
            update();
          });
        }
        return h(
          'li',
          { class: 'flex flex-wrap items-center gap-2' },
          h('span', { class: 'grow' }, row.title),
          date,
          button('Up', 'Move up', () => rows.splice(i - 1, 0, ...rows.splice(i, 1)), i === 0),
          button('Down', 'Move down', () => rows.splice(i + 1, 0, ...rows.splice(i, 1)), i === rows.length - 1),
          button('Remove', 'Remove', () => rows.splice(i, 1)),
        );
      }),
    );
  };
  const add = (rows: Row[], row: Row, list: string, empty: string, dated: boolean) => {
    if (!rows.some((r) => r.value === row.value)) rows.push(row);
    renderRows(rows, list, empty, dated);
    update();
  };
  const selected = (id: string) => $<HTMLSelectElement>(id).selectedOptions[0]!;
  $('[data-add-reading]').addEventListener('click', () =>
    add(
      readings,
      { value: selected('#pm-reading').value, title: selected('#pm-reading').text.trim() },
      '[data-readings]',
      '[data-readings-empty]',
      true,
    ),
  );
  $('[data-add-question-reading]').addEventListener('click', () =>
    add(
      readings,
      { value: `q${selected('#pm-question').value}`, title: `Question: ${selected('#pm-question').text.trim()}` },
      '[data-readings]',
      '[data-readings-empty]',
      true,
    ),
  );
  $('[data-add-question]').addEventListener('click', () => {
    $<HTMLSelectElement>('#pm-sheet').value = '';
    add(
      questions,
      { value: selected('#pm-question').value, title: selected('#pm-question').text.trim() },
      '[data-questions]',
      '[data-questions-empty]',
      false,
    );
  });

  const drawQr = (code: { path: string; size: number } | null) => {
    for (const svg of root.querySelectorAll<SVGSVGElement>('[data-qr]')) {
      svg.toggleAttribute('hidden', !code);
      if (!code) continue;
      svg.setAttribute('viewBox', `0 0 ${code.size} ${code.size}`);
      svg.querySelector('rect')!.setAttribute('width', String(code.size));
      svg.querySelector('rect')!.setAttribute('height', String(code.size));
      svg.querySelector('path')!.setAttribute('d', code.path);
    }
  };
  const actions = ['[data-copy]', '[data-project]', '[data-print]', '[data-preview]'].map((s) => $<HTMLElement>(s));

  function update() {
    const p = pack();
    const link = absoluteLink(`/pack/#${encodePack(p)}`, location.origin, base);
    const tooLong = packLinkProblem(link, p);
    linkBox.value = tooLong ? '' : link;
    problem.textContent = tooLong ?? '';
    actions.forEach((a) => (a.hidden = Boolean(tooLong)));
    $<HTMLAnchorElement>('[data-preview]').href = link;
    drawQr(tooLong ? null : qrFor(link));
    const embed = root.querySelector<HTMLElement>('[data-pack-embed]');
    if (embed) {
      embed.hidden = Boolean(tooLong);
      $<HTMLTextAreaElement>('#pm-embed').value = tooLong
        ? ''
        : iframeCode(absoluteLink(`/embed/pack/#${encodePack(p)}`, location.origin, base), `${packName(p)}, ${root.dataset.embedTitle}`);
    }
    // The projector view and the handout.
    const address = link.replace(/^https?:\/\//, '');
    $('[data-projector-title]').textContent = packName(p);
    $('[data-projector-address]').textContent = address;
    $('[data-handout-title]').textContent = packName(p);
    $('[data-handout-note]').textContent = p.note;
    $('[data-handout-address]').textContent = link;
    const three = [
      ...readings.slice(0, 2).map((r) => `Read: ${r.title}${r.by ? ` (by ${longDate(r.by)})` : ''}`),
      p.sheet ? 'Open the pack and press “Use this sheet” to get your questions.' : 'Pick 8 to 10 questions in the question builder.',
      'Ask one person for a 20-minute conversation.',
    ].slice(0, 3);
    $('[data-handout-three]').replaceChildren(...three.map((t) => h('li', {}, t)));
    $('[data-handout-due]').textContent =
      p.goal && 'by' in p.goal ? `Due: hold ${p.goal.count} conversation${p.goal.count === 1 ? '' : 's'} by ${longDate(p.goal.by)}.` : '';
  }

  $('[data-form]').addEventListener('input', update);
  $('[data-form]').addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'pm-sheet' && $<HTMLSelectElement>('#pm-sheet').value) {
      questions.length = 0;
      renderRows(questions, '[data-questions]', '[data-questions-empty]', false);
    }
    update();
  });
  const copy = $<HTMLButtonElement>('[data-copy]');
  copy.addEventListener('click', async () => {
    if (!linkBox.value) return;
    const result = await shareOrCopy(linkBox.value, linkBox);
    if (result !== 'cancelled')
      problem.textContent = {
        shared: 'Link shared',
        copied: 'Link copied',
        failed: 'Could not copy by itself. The link is selected: press Ctrl+C (or Cmd+C).',
      }[result];
  });
  if (canShare()) copy.textContent = 'Share link';
  $('[data-project]').addEventListener('click', () => $<HTMLDialogElement>('[data-projector]').showModal());
  $('[data-print]').addEventListener('click', () => {
    document.documentElement.dataset.print = 'handout';
    addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
    window.print();
  });
  $<HTMLElement>('[data-add-reading]').hidden = false;
  // The questions come from question-bank.json, as in the link maker, rather than 200 options in the page.
  const categories = JSON.parse(root.dataset.categories ?? '{}') as Record<string, string>;
  fetch(root.dataset.bank!)
    .then((response) => (response.ok ? (response.json() as Promise<BankEntry[]>) : Promise.reject(new Error(String(response.status)))))
    .then((bank) => {
      $<HTMLSelectElement>('#pm-question').replaceChildren(
        ...Object.entries(categories).map(([id, title]) =>
          h('optgroup', { label: title }, ...bank.filter((q) => q.category === id).map((q) => h('option', { value: q.id }, q.text))),
        ),
      );
      for (const b of root.querySelectorAll<HTMLElement>('[data-add-question], [data-add-question-reading]')) b.hidden = false;
    })
    .catch(() => {
      $<HTMLSelectElement>('#pm-question').replaceChildren(
        h('option', { value: '' }, 'The questions could not load. Reload the page to try again.'),
      );
    });
  update();
  void loadQr().then(update);
}
