import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { QuestionAliases } from '../../lib/bank';
import { $questionAliases } from '../../stores/companion';
import { resolveOldIds } from '../../stores/sheet-old-ids.ts';
import { withBase } from '../../lib/paths';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import { $today } from '../../stores/planner/planner.ts';
import { $planner, $saveState } from '../../stores/planner/persistence.ts';
import { $hash } from '../../stores/planner/ui.ts';
import Notices from '../kit/planner/Notices.tsx';
import SaveStatus from '../kit/planner/SaveStatus.tsx';
import CompanionView from './CompanionView';

interface Props {
  /** The handbook's thank-you template, from the build. */
  template: MessageTemplate | null;
  /** Old ids of merged questions, so sheets and notes saved before a merge find the kept question. */
  questionAliases: QuestionAliases;
}

const idFromHash = (hash: string) => {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
};

/**
 * The conversation companion for the conversation named in the address (`#<conversation id>`).
 * It opens the same saved planner, so everything is kept in the planner's versioned document.
 */
export default function Companion({ template, questionAliases }: Props) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    $questionAliases.set(questionAliases);
    resolveOldIds(questionAliases);
  }, [questionAliases]);
  const state = useStore($saveState);
  const data = useStore($planner);
  const today = useStore($today);
  const id = idFromHash(useStore($hash));

  // As in the planner: loading and loaded keep a screen's height, so the footer does not jump.
  // The same outer box in both states, so loading ends without a layout shift. The first render
  // repeats the built page exactly (hydration does not patch what differs); the loaded view follows.
  if (state.kind === 'loading' || !hydrated)
    return (
      <div class="flex flex-col gap-6 not-print:min-h-screen">
        <p class="muted">Loading your planner…</p>
      </div>
    );
  const conversation = data.conversations.find((c) => c.id === id);
  const person = conversation && data.people.find((p) => p.id === conversation.personId);
  return (
    <div class="flex flex-col gap-6 not-print:min-h-screen" data-ready="true">
      <div class="no-print flex flex-col gap-3">
        <SaveStatus />
        <Notices />
        <p>
          <a href={withBase('/planner/')}>← Back to the planner</a>
        </p>
      </div>
      {conversation && person ? (
        <CompanionView data={data} conversation={conversation} person={person} template={template} today={today} />
      ) : (
        <p role="alert">
          This conversation is not in your planner. Open a scheduled conversation from the <a href={withBase('/planner/')}>planner</a> and
          choose “Conversation companion”.
        </p>
      )}
    </div>
  );
}
