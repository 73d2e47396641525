// The search dialog's behaviour, loaded the first time the reader opens search (see
// site.ts), so pages carry almost no search code until it is wanted.
import { PAGEFIND_META_TAG } from '../lib/offline-files';
import { renderResults, type SearchHit } from '../lib/search-results';
import { suggestions, type AliasList } from '../lib/search-aliases';

type Pagefind = {
  options: (o: { baseUrl: string; noWorker?: boolean; metaCacheTag?: string }) => Promise<void>;
  debouncedSearch: (q: string, o?: object, ms?: number) => Promise<{ results: { data: () => Promise<SearchHit> }[] } | null>;
};

async function loadPagefind(base: string, status: HTMLElement): Promise<Pagefind | null> {
  status.textContent = 'Loading search…';
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Pagefind's WebAssembly runs in this page rather than in a worker: the worker script is 12 KB
    // gzip more on the first search (issue #8 budget: 110 KB), and this index is small enough to
    // search on the main thread without a noticeable pause.
    // With a service worker in charge (issue #14), the index's entry file is asked for under a fixed
    // tag the worker answers from its copy, revisioned by content, so search works offline.
    // Without one, Pagefind's default (the time) keeps HTTP caches from serving an old entry.
    const tag = navigator.serviceWorker?.controller ? { metaCacheTag: PAGEFIND_META_TAG } : {};
    await pagefind.options({ baseUrl: base, noWorker: true, ...tag });
    status.textContent = '';
    return pagefind;
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Search needs a built index, which the dev server does not have. Run “npm run build” and “npm run preview” to try it.'
      : navigator.onLine
        ? 'Search could not load. Check your connection and reload the page.'
        : 'Search needs a connection, or the whole handbook kept on this device: use “Keep the whole handbook on this device” at the bottom of the page next time you are online.';
    return null;
  }
}

/** Wires up the search dialog inside `root` once; later calls do nothing. */
export function setUpSearch(root: HTMLElement): void {
  if (root.dataset.ready) return;
  root.dataset.ready = '';
  const dialog = root.querySelector('dialog')!;
  const input = root.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLUListElement>('[data-results]')!;
  const base = root.dataset.base ?? '/';
  const pagefind = loadPagefind(base, status);
  // Words readers use for the handbook's words (content/search-aliases.yaml), for "try: …" when
  // nothing is found; fetched the first time that happens.
  let aliases: Promise<AliasList | null> | undefined;
  const tries = root.querySelector<HTMLElement>('[data-tries]')!;

  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  let latest = 0;
  const search = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const engine = await pagefind;
    if (!engine) return;
    const response = await engine.debouncedSearch(query, {}, 250);
    if (!response || ticket !== latest) return;
    const hits = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return;
    renderResults(list, hits);
    const count = response.results.length;
    status.textContent =
      count === 0
        ? `Nothing found for “${query}”. Try a shorter or different word.`
        : `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
    tries.replaceChildren();
    if (count > 0) return;
    aliases ??= fetch(`${base}search-aliases.json`).then(
      (r) => (r.ok ? (r.json() as Promise<AliasList>) : null),
      () => null,
    );
    const words = suggestions(query, (await aliases) ?? { groups: [], questions: {} });
    if (ticket !== latest || words.length === 0) return;
    tries.append('Try: ');
    for (const word of words) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'btn text-sm', textContent: word });
      button.onclick = () => {
        input.value = word;
        input.focus();
        void search();
      };
      tries.append(button, ' ');
    }
  };
  input.addEventListener('input', search);
  // Anything typed before the module arrived is searched now.
  if (input.value) void search();
}
