import { useState } from 'preact/hooks';
import { journalMarkdown } from '../../lib/companion/journal.ts';
import type { PlannerData } from '../../schemas/planner';
import { copyText } from '../../lib/clipboard.ts';
import { download } from '../kit/download.ts';

interface Props {
  data: PlannerData;
  conversationId: string;
  personName: string;
  today: string;
}

/** Prints one of the page's two paper views: the journal, or the question sheet with the person's details filled in. */
export function printView(view: 'journal' | 'sheet'): void {
  const root = document.documentElement;
  root.dataset.print = view;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'conversation';

/** Exports the conversation record: Markdown download or copy, and print. */
export default function JournalActions({ data, conversationId, personName, today }: Props) {
  const [status, setStatus] = useState('');
  const markdown = () => journalMarkdown(data, conversationId) ?? '';
  const copy = async () =>
    setStatus(
      (await copyText(markdown())) ? 'Copied the journal as Markdown.' : 'Copying was blocked by the browser; download the file instead.',
    );
  return (
    <div class="flex flex-wrap items-center gap-2">
      <button
        type="button"
        class="btn"
        onClick={() => download(`conversation-${slug(personName)}-${today}.md`, markdown(), 'text/markdown')}
      >
        Download as Markdown
      </button>
      <button type="button" class="btn" onClick={copy}>
        Copy as Markdown
      </button>
      <button type="button" class="btn" onClick={() => printView('journal')}>
        Print the journal
      </button>
      <p role="status" class="text-sm">
        {status}
      </p>
    </div>
  );
}
