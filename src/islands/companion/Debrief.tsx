import { useStore } from '@nanostores/preact';
import { referredBy } from '../../lib/companion/conversation-notes.ts';
import { debriefTitles } from '../../lib/companion/journal.ts';
import { withBase } from '../../lib/paths';
import type { Conversation, Person, PlannerData } from '../../schemas/planner';
import { markDone, saveDebrief } from '../../stores/companion';
import SavedText from './SavedText';
import SuggestForm from './SuggestForm';
import { $readOnly } from '../../stores/planner/persistence.ts';

interface Props {
  data: PlannerData;
  conversation: Conversation;
  person: Person;
}

const profileRows = [
  ['interests', 'Interests'],
  ['strengths', 'Strengths'],
  ['values', 'Values'],
] as const;

/** After the conversation: what was learned, how it fits the reader's self-assessment, next steps and new people. */
export default function Debrief({ data, conversation: c, person }: Props) {
  const readOnly = useStore($readOnly);
  const suggested = referredBy(data, person.id);
  const profile = data.profile;
  return (
    <div class="flex flex-col gap-4">
      {c.status === 'scheduled' && !readOnly && (
        <p>
          <button type="button" class="btn" onClick={() => markDone(c.id)}>
            Mark the conversation as held today
          </button>
        </p>
      )}
      <SavedText id="debrief-learned" label={debriefTitles.learned} value={c.learned} onSave={(v) => saveDebrief(c.id, 'learned', v)} />
      <div class="grid gap-4 md:grid-cols-[2fr_1fr]">
        <SavedText id="debrief-fit" label={debriefTitles.fit} value={c.fit} onSave={(v) => saveDebrief(c.id, 'fit', v)} />
        <aside aria-labelledby="self-title" class="card p-3 text-sm">
          <h3 id="self-title">My self-assessment</h3>
          <dl class="mt-1 flex flex-col gap-1">
            {profileRows.map(([key, label]) => (
              <div key={key}>
                <dt class="font-semibold">{label}</dt>
                <dd>{profile[key].length ? profile[key].join('; ') : <span class="muted">None written yet.</span>}</dd>
              </div>
            ))}
          </dl>
          <p class="mt-2">
            <a href={withBase('/planner/')}>Edit them under “My target” in the planner</a>
          </p>
        </aside>
      </div>
      <SavedText id="debrief-next" label={debriefTitles.nextStep} value={c.nextStep} onSave={(v) => saveDebrief(c.id, 'nextStep', v)} />
      <section aria-labelledby="suggested-title" class="flex flex-col gap-2">
        <h3 id="suggested-title" class="text-lg font-bold">
          {debriefTitles.suggested}
        </h3>
        {suggested.length > 0 ? (
          <ul class="list-disc pl-6">
            {suggested.map((p) => (
              <li key={p.id}>
                <a href={withBase(`/planner/#person-${encodeURIComponent(p.id)}`)}>
                  <bdi>{p.name}</bdi>
                </a>
                {(p.role || p.organisation) && <span class="muted"> — {[p.role, p.organisation].filter(Boolean).join(', ')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">Nobody yet.</p>
        )}
        {!readOnly && <SuggestForm referrer={person} />}
      </section>
    </div>
  );
}
