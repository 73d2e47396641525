// The student's side of a class pack (issue #28, markup in src/pages/pack.astro): opens the pack a
// link carries, keeps it with the student's ticks in this browser (PACKS_KEY), lists the packs they
// hold, and makes the progress report they choose to share. Nothing is sent anywhere.
import { longDate, heldConversations, progressMailto, progressMarkdown, readPlannerText, type Progress } from '../lib/pack/progress.ts';
import { encodePack, isEmail, packName } from '../lib/pack/format.ts';
import type { PackCatalog } from '../lib/pack/resolve.ts';
import { holdPack, packId, parseSavedPacks, serializeSavedPacks, tickReading, type SavedPack } from '../lib/pack/saved.ts';
import { today as todayHere } from '../lib/pack/days.ts';
import { PACKS_BACKUP_KEY, PACKS_KEY } from '../lib/storage-keys.ts';
import {
  dataOf,
  goalDue,
  goalWords,
  h,
  loadQuestions,
  noteBlock,
  noticeList,
  openFragment,
  readByWords,
  type Opened,
} from './pack-view.ts';

const root = document.querySelector<HTMLElement>('pack-page')!;
const catalog = dataOf<PackCatalog>(root, 'catalog');
const editions = dataOf<Record<string, string>>(root, 'editions');
const base = root.dataset.base ?? '/';
const contactEmail = root.dataset.contactEmail ?? '';
const at = (path: string) => base + path.replace(/^\/+/, '');
const notice = root.querySelector<HTMLElement>('[data-notice]')!;
const view = root.querySelector<HTMLElement>('[data-pack]')!;
const list = root.querySelector<HTMLElement>('[data-held]')!;
const today = todayHere();
// The planner's follow-up rhythm (src/lib/planner/reminders.ts), passed in by the page at build.
const cadence = dataOf<{ thankYou: number; updateWeeks: number }>(root, 'cadence');

function load(): SavedPack[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PACKS_KEY);
  } catch {}
  const { packs, ok } = parseSavedPacks(raw);
  if (!ok && raw) {
    try {
      localStorage.setItem(PACKS_BACKUP_KEY, raw);
    } catch {}
    notice.append(noticeList('Part of your saved packs could not be read. A copy is kept in this browser.', []));
  }
  return packs;
}
let packs = load();
let saveFailed = false;
function save(next: SavedPack[]): void {
  packs = next;
  try {
    localStorage.setItem(PACKS_KEY, serializeSavedPacks(packs));
  } catch {
    if (!saveFailed)
      notice.append(h('p', { class: 'card mt-3 p-3' }, 'This browser won’t let the page save. Your ticks will be lost when you close it.'));
    saveFailed = true;
  }
}

/** Opens a held pack by its saved fragment. */
const reopen = (saved: SavedPack) => openFragment(saved.fragment, catalog, editions);

function renderHeld(current: string | undefined): void {
  const items = packs.map((saved) => {
    const opened = reopen(saved);
    const name = typeof opened === 'object' && opened ? packName(opened.pack) : 'A pack this handbook no longer offers';
    const open = h('button', { type: 'button', class: 'btn', 'aria-pressed': String(saved.id === current) }, name);
    open.addEventListener('click', () => show(saved.id, true));
    const remove = h('button', { type: 'button', class: 'btn' }, 'Remove', h('span', { class: 'sr-only' }, ` ${name}`));
    remove.addEventListener('click', () => {
      if (!confirm(`Remove “${name}” and your ticks for it from this device?`)) return;
      save(packs.filter((p) => p.id !== saved.id));
      const next = saved.id === current ? packs[0]?.id : current;
      if (next) show(next, false);
      else {
        view.hidden = true;
        renderHeld(undefined);
      }
      root.querySelector<HTMLElement>('#held-heading')!.focus();
    });
    return h(
      'li',
      { class: 'flex flex-wrap items-center gap-2' },
      open,
      h('span', { class: 'muted text-sm' }, `opened ${longDate(saved.opened)}`),
      remove,
    );
  });
  list.replaceChildren(
    ...(items.length
      ? [h('ul', { class: 'flex flex-col gap-2' }, ...items)]
      : [h('p', {}, 'You don’t hold any packs yet. Open the link your counselor gave you.')]),
  );
}

function show(id: string, focus: boolean): void {
  const saved = packs.find((p) => p.id === id);
  const opened = saved && reopen(saved);
  renderHeld(id);
  if (!saved || !opened || typeof opened !== 'object') {
    view.hidden = true;
    return;
  }
  view.replaceChildren(...packView(saved, opened));
  view.hidden = false;
  if (focus) view.querySelector<HTMLElement>('h2')!.focus();
}

function packView(saved: SavedPack, { pack, shown }: Opened): (Node | string)[] {
  const done = new Set(saved.ticks);
  const email = pack.email || (isEmail(contactEmail) ? contactEmail : '');
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const countDone = () => (count.textContent = `${shown.readings.filter((r) => done.has(r.key)).length} of ${shown.readings.length} done.`);
  const readings = shown.readings.map((r, i) => {
    const box = h('input', { type: 'checkbox', id: `read-${i}`, class: 'mt-1', 'aria-label': `Done: ${r.title}` });
    box.checked = done.has(r.key);
    const by = h('span', { class: 'muted text-sm' }, r.by ? readByWords(r.by, today, box.checked) : '');
    box.addEventListener('change', () => {
      save(tickReading(packs, saved.id, r.key, box.checked));
      if (box.checked) done.add(r.key);
      else done.delete(r.key);
      if (r.by) by.textContent = readByWords(r.by, today, box.checked);
      countDone();
      refreshProgress();
    });
    return h('li', { class: 'flex items-start gap-2' }, box, h('div', {}, h('a', { href: at(r.path) }, r.title), h('br'), by));
  });
  countDone();

  const held = heldConversations(readPlannerText(), saved.opened);
  const goal = pack.goal && goalWords(pack.goal, saved.opened, today);
  const goalSection = pack.goal
    ? h(
        'section',
        { 'aria-labelledby': 'goal-heading', class: 'mt-6' },
        h('h3', { id: 'goal-heading' }, 'Your goal'),
        h('p', {}, goal!.what, ' ', goal!.when),
        h(
          'p',
          {},
          `You’ve held ${held.length} since you opened this pack on ${longDate(saved.opened)}. The goal shows in your planner too.`,
        ),
        h(
          'p',
          {},
          `After each one, send a thank-you within ${cadence.thankYou} days. Then send a short update about ${cadence.updateWeeks} weeks later. `,
          h('a', { href: at('/planner/') }, 'The planner'),
          ' reminds you of both. Add the people you’ll ask there, then use the ',
          h('a', { href: at('/planner/conversation/') }, 'conversation companion'),
          ' on the day.',
        ),
      )
    : null;

  const sheet = shown.sheet
    ? h(
        'section',
        { 'aria-labelledby': 'sheet-heading', class: 'mt-6' },
        h('h3', { id: 'sheet-heading' }, 'Questions to ask'),
        h('p', {}, `Your counselor picked ${shown.sheet.title} (${shown.sheet.count} question${shown.sheet.count === 1 ? '' : 's'}).`),
        h('p', { class: 'mt-2' }, h('a', { class: 'btn btn-primary', href: at(shown.sheet.path) }, 'Use this sheet')),
        h(
          'p',
          { class: 'muted mt-1 text-sm' },
          'It opens in the question builder. If you already have a sheet there, the builder asks before it changes it.',
        ),
      )
    : null;

  // Progress to share: the student picks what goes in; the preview, Markdown and email follow.
  const name = h('input', {
    type: 'text',
    id: 'progress-name',
    autocomplete: 'name',
    class: 'rounded-md border border-[var(--line)] bg-[var(--page)] p-2',
  });
  const choices = h('div', { class: 'flex flex-col gap-3' });
  const picks = new Map<string, HTMLInputElement>();
  const pick = (key: string, label: string) => {
    const box = h('input', { type: 'checkbox', id: `share-${picks.size}` });
    picks.set(key, box);
    box.addEventListener('change', refreshProgress);
    return h('div', { class: 'flex items-start gap-2' }, box, h('label', { for: box.id }, label));
  };
  held.forEach((c) => {
    choices.append(
      h(
        'fieldset',
        { class: 'card p-3' },
        h('legend', { class: 'font-semibold' }, `Conversation on ${longDate(c.date)}`),
        c.name ? pick(`name:${c.id}`, `Include their name (${c.name})`) : null,
        c.notes ? pick(`notes:${c.id}`, 'Include my notes') : null,
        ...c.lines.map((line, i) => pick(`line:${c.id}:${i}`, `Include this debrief line: “${line}”`)),
      ),
    );
  });
  const markdown = h('textarea', {
    id: 'progress-markdown',
    readonly: '',
    rows: '8',
    class: 'w-full rounded-md border border-[var(--line)] bg-[var(--soft)] p-2 font-mono text-sm',
  });
  const mail = h('a', { class: 'btn' }, 'Email it to your counselor');
  const sheetOut = h('div', { class: 'pack-print', 'data-progress-print': '' });
  const status = h('p', { role: 'status', class: 'text-sm' });
  const progress = (): Progress => ({
    pack: packName(pack),
    student: name.value.trim().slice(0, 100),
    done: shown.readings.filter((r) => done.has(r.key)).map((r) => r.title),
    total: shown.readings.length,
    goal: goal ? `Goal: ${goal.what.replace(/^Hold/, 'hold')}` : '',
    conversations: held.map((c) => ({
      date: c.date,
      ...(picks.get(`name:${c.id}`)?.checked ? { name: c.name } : {}),
      ...(picks.get(`notes:${c.id}`)?.checked ? { notes: c.notes } : {}),
    })),
    lines: held.flatMap((c) => c.lines.filter((_, i) => picks.get(`line:${c.id}:${i}`)?.checked)),
  });
  function refreshProgress() {
    const p = progress();
    markdown.value = progressMarkdown(p);
    if (email) mail.setAttribute('href', progressMailto(email, p));
    sheetOut.replaceChildren(
      h('h2', {}, `Progress: ${p.pack}`),
      p.student ? h('p', {}, `From ${p.student}`) : '',
      h('p', {}, `Readings done: ${p.done.length} of ${p.total}`),
      h('ul', {}, ...p.done.map((t) => h('li', {}, t))),
      h('p', {}, `Conversations held: ${p.conversations.length}. ${p.goal}`),
      h(
        'ul',
        {},
        ...p.conversations.map((c) =>
          h('li', {}, `${longDate(c.date)}${c.name ? `, with ${c.name}` : ''}`, c.notes ? h('p', {}, c.notes) : ''),
        ),
      ),
      ...(p.lines.length ? [h('p', {}, 'What I took from them:'), h('ul', {}, ...p.lines.map((l) => h('li', {}, l)))] : []),
    );
  }
  name.addEventListener('input', refreshProgress);
  const print = h('button', { type: 'button', class: 'btn' }, 'Print my progress');
  print.addEventListener('click', () => {
    document.documentElement.dataset.print = 'progress';
    addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
    window.print();
  });
  const copy = h('button', { type: 'button', class: 'btn' }, 'Copy as Markdown');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(markdown.value);
      status.textContent = 'Copied.';
    } catch {
      markdown.select();
      status.textContent = 'Could not copy by itself. The text is selected: press Ctrl+C (or Cmd+C).';
    }
  });
  refreshProgress();
  const progressSection = h(
    'section',
    { 'aria-labelledby': 'progress-heading', class: 'mt-6', 'data-progress': '' },
    h('h3', { id: 'progress-heading', class: 'no-print' }, 'Progress to share'),
    h(
      'div',
      { class: 'no-print flex flex-col gap-3' },
      h('p', {}, 'Your counselor sees only what you send. Pick what to include, then print it, copy it or email it.'),
      h(
        'div',
        { class: 'flex flex-col gap-1' },
        h('label', { for: 'progress-name', class: 'font-semibold' }, 'Your name (you can leave it out)'),
        name,
      ),
      held.length
        ? choices
        : h(
            'p',
            { class: 'muted' },
            'No conversations marked as held since you opened this pack. Mark one as held in the planner or the companion.',
          ),
      h(
        'div',
        { class: 'flex flex-wrap items-center gap-2' },
        print,
        copy,
        email ? mail : h('span', { class: 'muted text-sm' }, 'Your counselor didn’t add an email address.'),
      ),
      status,
      h('label', { for: 'progress-markdown', class: 'font-semibold' }, 'As Markdown'),
      markdown,
    ),
    sheetOut,
  );

  return [
    h('h2', { id: 'pack-title', tabindex: '-1' }, packName(pack)),
    noteBlock(pack) ?? '',
    goalSection ?? '',
    h(
      'section',
      { 'aria-labelledby': 'reading-heading', class: 'mt-6' },
      h('h3', { id: 'reading-heading' }, 'Reading list'),
      count,
      h('ul', { class: 'mt-2 flex flex-col gap-3' }, ...readings),
    ),
    sheet ?? '',
    progressSection,
  ];
}

// A link that arrived: open it, say what could not be kept, hold it, and take it out of the address
// bar (a reload then shows the held pack, and a removed pack does not come back). A second link
// followed on this page only changes the fragment, so that is listened for too.
function arrive(): void {
  const fragment = location.hash.slice(1);
  let current = packs[0]?.id;
  if (fragment) {
    notice.replaceChildren();
    const opened = openFragment(fragment, catalog, editions);
    history.replaceState(null, '', location.pathname + location.search);
    if (typeof opened === 'string')
      notice.append(noticeList(`This handbook has no ready-made pack called “${opened}”. Ask your counselor for a new link.`, []));
    else if (!opened) notice.append(noticeList('This link holds no class pack. Check that you copied all of it.', []));
    else {
      const keep = opened.editionId ? `p=${opened.editionId}` : encodePack(opened.pack);
      const id = opened.editionId ? `p:${opened.editionId}` : packId(keep);
      const { goal } = opened.pack;
      save(
        holdPack(packs, { id, fragment: keep, opened: today }, (first) =>
          goal ? { title: packName(opened.pack), count: goal.count, due: goalDue(goal, first) } : undefined,
        ),
      );
      current = id;
      if (opened.newer)
        notice.append(noticeList('This link was made by a newer version of the handbook. Some parts of it may not show here.', []));
      if (opened.dropped.length) notice.append(noticeList('The link was damaged, so we opened what we could. Left out:', opened.dropped));
      if (opened.shown.missing.length)
        notice.append(noticeList('This handbook no longer has these parts of the pack:', opened.shown.missing));
    }
  }
  if (current) show(current, false);
  else renderHeld(undefined);
}
void loadQuestions(root, catalog).then((loaded) => {
  if (!loaded)
    notice.append(
      noticeList('The list of questions could not load, so questions in the pack may show as missing. Reload the page to try again.', []),
    );
  addEventListener('hashchange', arrive);
  arrive();
  root.dataset.ready = '';
});
