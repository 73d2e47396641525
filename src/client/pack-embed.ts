// The embed view of a class pack (src/pages/embed/pack.astro): the pack from the fragment, shown
// read-only. Nothing is saved here; the links back to the handbook carry the pack along.
import { packName } from '../lib/pack/format.ts';
import type { PackCatalog } from '../lib/pack/resolve.ts';
import { today as todayHere } from '../lib/pack/days.ts';
import { dataOf, goalWords, h, loadQuestions, noteBlock, noticeList, openFragment, readByWords } from './pack-view.ts';

const root = document.querySelector<HTMLElement>('pack-embed')!;
const base = root.dataset.base ?? '/';
const at = (path: string) => base + path.replace(/^\/+/, '');
const notice = root.querySelector<HTMLElement>('[data-notice]')!;
const view = root.querySelector<HTMLElement>('[data-pack]')!;
const fragment = location.hash.slice(1);
const catalog = dataOf<PackCatalog>(root, 'catalog');
await loadQuestions(root, catalog);
const opened = fragment ? openFragment(fragment, catalog, dataOf<Record<string, string>>(root, 'editions')) : null;
const today = todayHere();

if (!opened || typeof opened === 'string') {
  notice.append(noticeList('This frame holds no class pack the handbook can read. Ask the course’s counselor for a new link.', []));
} else {
  const { pack, shown } = opened;
  if (opened.dropped.length) notice.append(noticeList('The link was damaged, so this shows what it could. Left out:', opened.dropped));
  if (shown.missing.length) notice.append(noticeList('The handbook no longer has these parts of the pack:', shown.missing));
  // The links back to the full handbook open this pack there, where the student's ticks are kept.
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[href="${at('/pack/')}"]`)) link.hash = fragment;
  const goal =
    pack.goal &&
    ('by' in pack.goal
      ? goalWords(pack.goal, today, today).what
      : `Hold ${pack.goal.count} conversation${pack.goal.count === 1 ? '' : 's'} within ${pack.goal.days} days of opening the pack.`);
  view.append(
    h('h2', { id: 'pack-title' }, packName(pack)),
    noteBlock(pack) ?? '',
    goal ? h('p', { class: 'mt-3 font-semibold' }, goal) : '',
    h('h3', { class: 'mt-4' }, 'Reading list'),
    h(
      'ol',
      { class: 'list-decimal pl-6' },
      ...shown.readings.map((r) => h('li', {}, h('a', { href: at(r.path) }, r.title), r.by ? ` · ${readByWords(r.by, today, false)}` : '')),
    ),
    shown.sheet
      ? h(
          'p',
          { class: 'mt-4' },
          h('a', { href: at(shown.sheet.path) }, `Open ${shown.sheet.title} in the question builder (opens in a new tab)`),
        )
      : '',
  );
}
root.dataset.ready = '';
