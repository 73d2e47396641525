import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import { $saveState } from '../../stores/planner/persistence.ts';
import { $dialog, $hash, openDialog, personFromHash } from '../../stores/planner/ui.ts';
import ClassGoals from './ClassGoals';
import DueList from './DueList';
import KeepSafe from './KeepSafe';
import ShowButton from './ShowButton';
import Notices from '../kit/planner/Notices.tsx';
import Pipeline from './Pipeline';
import SaveStatus from '../kit/planner/SaveStatus.tsx';
import Toolbar from './Toolbar';
import { useLazy } from '../kit/useLazy.ts';

interface Props {
  /** The handbook's message templates, from the build. */
  templates: MessageTemplate[];
}

/** The planner: watching the stores opens the saved data (see the stores' onMount); every part reads them. */
export default function Planner({ templates }: Props) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const state = useStore($saveState);
  const dialog = useStore($dialog);
  const dialogs = useLazy(() => import('./CurrentDialog'), dialog !== null);
  // The tree and the target form open on request: their code is not part of the page's start.
  const [showTree, setShowTree] = useState(false);
  const tree = useLazy(() => import('./ReferralTree'), showTree);
  const [showTarget, setShowTarget] = useState(false);
  const target = useLazy(() => import('./TargetForm'), showTarget);
  const recovery = useLazy(() => import('./RecoveryNotice'), state.kind === 'corrupt');

  // Links in the referral tree (and shared links) point at #person-<id>: open that person.
  const hash = useStore($hash);
  useEffect(() => {
    const id = personFromHash(hash);
    if (id) openDialog({ kind: 'person', id });
  }, [hash]);

  // The page arrives with the loading line (the data is in this browser, not on the server).
  // Loading and loaded keep at least a screen's height, so the footer starts below the fold and
  // does not jump when the planner appears (layout shift); print needs no such space.
  // The same outer box in both states, so the loaded planner replaces the line inside it rather than
  // moving it (measured: a layout shift of 0.63 on a phone when the box itself was swapped). The first render
  // repeats the built page exactly (hydration does not patch what differs); the loaded view follows.
  if (state.kind === 'loading' || !hydrated)
    return (
      <div class="flex flex-col gap-8 not-print:min-h-screen">
        <p class="muted">Loading your planner…</p>
      </div>
    );

  return (
    <div class="flex flex-col gap-8 not-print:min-h-screen" data-ready="true">
      <div class="flex flex-col gap-3" data-planner-chrome>
        <SaveStatus />
        {state.kind === 'corrupt' && recovery.module && <recovery.module.default state={state} />}
        {(dialogs.failed || recovery.failed || tree.failed || target.failed) && (
          <p role="alert" class="font-semibold">
            ⚠ Part of the planner could not load. Check your connection and try again.
          </p>
        )}
        <Notices />
        <Toolbar />
        <KeepSafe />
      </div>
      <div data-planner-section="due">
        <DueList templates={templates} />
      </div>
      <ClassGoals />
      <div data-planner-section="pipeline">
        <Pipeline />
      </div>
      <section data-planner-section="tree" aria-labelledby="tree-title" class="flex flex-col gap-3">
        <h2 id="tree-title">Referral tree</h2>
        <ShowButton open={showTree} onToggle={setShowTree} controls="tree-body" label="the referral tree" />
        <div id="tree-body" hidden={!showTree}>
          {tree.module && <tree.module.default />}
        </div>
      </section>
      <section data-planner-section="target" aria-labelledby="target-title" class="flex flex-col gap-3">
        <h2 id="target-title">My target</h2>
        <p class="muted">
          What you are exploring, your interests, strengths and values: the handbook’s first step. Editable and printable.
        </p>
        <ShowButton open={showTarget} onToggle={setShowTarget} controls="target-body" label="my target" />
        <div id="target-body" hidden={!showTarget}>
          {target.module && <target.module.default />}
        </div>
      </section>
      {dialogs.module && <dialogs.module.default templates={templates} />}
    </div>
  );
}
