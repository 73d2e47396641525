// The counselors' link builder (markup in src/components/LinkBuilder.astro). Loaded on first use.
import { filterBank, type BankEntry } from '../lib/bank';
import { canShare, copyText } from '../lib/clipboard.ts';
import { iframeCode } from '../lib/embed/embed-paths';
import { shareOrCopy } from '../lib/share.ts';
import { absoluteLink, questionSetPath, questionSetWarning } from '../lib/counselor-links';
import { loadQr, qrFor } from '../lib/qr';
import { budgets, type Minutes } from '../lib/sheet/sheet.ts';
import { situationLabels } from '../lib/labels';
import type { Situation } from '../schemas/question';

// From the labels, not the schema module: that one brings Zod, whose eval probe breaks the CSP.
const situations = Object.keys(situationLabels) as Situation[];

/** Wires up one link builder; safe to call once per element. */
export function setUpLinkBuilder(root: HTMLElement): void {
  if (root.dataset.ready) return;
  root.dataset.ready = '';
  const form = root.querySelector<HTMLElement>('[data-form]')!;
  const field = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const linkBox = field<HTMLInputElement>('#lb-link');
  const warning = field<HTMLElement>('[data-warning]');
  const count = field<HTMLElement>('[data-match-count]');
  const list = field<HTMLUListElement>('[data-questions]');
  const qr = field<SVGSVGElement>('[data-qr]');
  const base = root.dataset.base ?? '/';
  let bank: BankEntry[] = [];
  const ticked = new Set<string>();
  // "Tick the first N" pressed before the bank has arrived is applied when it does.
  let bankLoaded = false;
  let pendingSelect: number | null = null;

  const kind = () => (root.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value === 'questions' ? 'questions' : 'place');
  const minutes = (): Minutes => {
    const value = Number(field<HTMLSelectElement>('#lb-minutes').value);
    return budgets.find((b) => b === value) ?? 30;
  };
  const situation = (): Situation | '' => {
    const value = field<HTMLSelectElement>('#lb-situation').value;
    return situations.find((s) => s === value) ?? '';
  };
  const matches = () => filterBank(bank, { category: field<HTMLSelectElement>('#lb-category').value, situation: situation(), text: '' });

  const renderList = () => {
    const found = matches();
    count.textContent = `${found.length} matching question${found.length === 1 ? '' : 's'}, ${ticked.size} ticked.`;
    list.replaceChildren(
      ...found.map((q) => {
        const li = document.createElement('li');
        const label = document.createElement('label');
        label.className = 'flex items-start gap-2';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = q.id;
        box.checked = ticked.has(q.id);
        box.className = 'mt-1';
        label.append(box, q.text);
        li.append(label);
        return li;
      }),
    );
  };

  // Embed code (issue #15): only on a page built for an edition that lets other sites frame it.
  const embedBox = root.querySelector<HTMLElement>('[data-embed-box]');
  const embedCode = root.querySelector<HTMLTextAreaElement>('#lb-embed');
  const showEmbed = (questions: boolean) => {
    if (!embedBox || !embedCode) return;
    const option = field<HTMLSelectElement>('#lb-place').selectedOptions[0];
    const embed = questions ? undefined : option?.dataset.embed;
    embedBox.hidden = !embed;
    field<HTMLElement>('[data-no-embed]').hidden = Boolean(embed);
    embedCode.value = embed
      ? iframeCode(absoluteLink(embed, location.origin, base), `${option!.text.trim()}, ${root.dataset.embedTitle}`)
      : '';
    field<HTMLElement>('[data-embed-status]').textContent = '';
  };

  const update = () => {
    const questions = kind() === 'questions';
    showEmbed(questions);
    field<HTMLElement>('[data-kind="place"]').hidden = questions;
    field<HTMLElement>('[data-kind="questions"]').hidden = !questions;
    // Ticked questions keep the bank's order, so a set reads the way the handbook lists it.
    const ids = bank.filter((q) => ticked.has(q.id)).map((q) => q.id);
    const path = questions ? questionSetPath(ids, minutes()) : field<HTMLSelectElement>('#lb-place').value;
    const problem = questions ? questionSetWarning(ids.length) : null;
    const usable = !questions || ids.length > 0;
    linkBox.value = usable ? absoluteLink(path, location.origin, base) : '';
    warning.textContent = problem ?? '';
    const code = usable ? qrFor(linkBox.value) : null;
    field<HTMLElement>('[data-qr-box]').hidden = !code;
    if (code) {
      qr.setAttribute('viewBox', `0 0 ${code.size} ${code.size}`);
      qr.querySelector('rect')!.setAttribute('width', String(code.size));
      qr.querySelector('rect')!.setAttribute('height', String(code.size));
      qr.querySelector('path')!.setAttribute('d', code.path);
    }
  };

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.type === 'checkbox') {
      if (target.checked) ticked.add(target.value);
      else ticked.delete(target.value);
      count.textContent = count.textContent!.replace(/\d+ ticked/, `${ticked.size} ticked`);
    } else if (target.name === 'category' || target.name === 'situation') {
      renderList();
    }
    update();
  });
  const select = (n: number) => {
    ticked.clear();
    matches()
      .slice(0, n)
      .forEach((q) => ticked.add(q.id));
    renderList();
    update();
  };
  root.querySelectorAll<HTMLButtonElement>('[data-select]').forEach((button) =>
    button.addEventListener('click', () => {
      if (bankLoaded) select(Number(button.dataset.select));
      else pendingSelect = Number(button.dataset.select);
    }),
  );
  const copy = field<HTMLButtonElement>('[data-copy]');
  copy.addEventListener('click', async () => {
    if (!linkBox.value) return;
    const result = await shareOrCopy(linkBox.value, linkBox);
    if (result !== 'cancelled') {
      warning.textContent = {
        shared: 'Link shared',
        copied: 'Link copied',
        failed: 'Could not copy automatically: the link is selected, press Ctrl+C (or Cmd+C) to copy it.',
      }[result];
    }
  });
  root.querySelector('[data-copy-embed]')?.addEventListener('click', async () => {
    if (!embedCode?.value) return;
    field<HTMLElement>('[data-embed-status]').textContent = (await copyText(embedCode.value, embedCode))
      ? 'Embed code copied'
      : 'Could not copy automatically: the code is selected, press Ctrl+C (or Cmd+C) to copy it.';
  });
  // Where a phone or tablet offers a share sheet, the button shares the link there.
  if (canShare()) copy.textContent = 'Share link';

  update();
  copy.hidden = false;
  void loadQr().then(update);
  fetch(root.dataset.bank!)
    .then((response) => (response.ok ? (response.json() as Promise<BankEntry[]>) : Promise.reject(new Error(String(response.status)))))
    .then((entries) => {
      bank = entries;
      bankLoaded = true;
      if (pendingSelect === null) {
        renderList();
        update();
      } else {
        select(pendingSelect);
      }
    })
    .catch(() => {
      count.textContent = 'The question list could not load. Reload the page to try again.';
    });
}
