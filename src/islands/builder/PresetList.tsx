import type { ComponentChildren } from 'preact';
import { situationLabels } from '../../lib/labels.ts';
import type { Preset } from '../../lib/sheet/presets';
import { loadItems } from '../../stores/sheet.ts';
import { focusSheet } from './focus-sheet.ts';

interface Props {
  presets: Preset[];
  /** Minutes each sheet's questions take, by preset id (worked out at build time). */
  estimates: Record<string, number>;
  sheetEmpty: boolean;
  /** Where the starter sheets' own pages are: each is `starterUrl` + its id + `/`. */
  starterUrl: string;
  /** What the section says before and after the cards, rendered at build time (builder.astro). */
  intro?: ComponentChildren;
  note?: ComponentChildren;
}

function use(preset: Preset, mode: 'replace' | 'merge') {
  loadItems(
    preset.questions.map((id) => ({ id })),
    mode,
    `the starter sheet “${preset.title}”`,
    { minutes: preset.minutes, grouped: false },
  );
  focusSheet();
}

/** Ready-made sheets, one or more per situation, loaded in one click (with undo). */
export default function PresetList({ presets, estimates, sheetEmpty, starterUrl, intro, note }: Props) {
  return (
    <section aria-labelledby="starter-heading">
      <h2 id="starter-heading" class="text-2xl font-bold" tabIndex={-1}>
        Starter sheets
      </h2>
      {intro}
      <ul class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {presets.map((preset) => {
          const minutes = estimates[preset.id];
          return (
            <li key={preset.id} class="card flex flex-col gap-2 p-4">
              <h3 id={`preset-${preset.id}`} class="font-bold">
                {preset.title}
              </h3>
              <p class="muted text-sm">For: {situationLabels[preset.situation]}</p>
              <p class="text-sm">{preset.description}</p>
              <p class="text-sm">
                {preset.questions.length} questions, about {minutes} minutes
              </p>
              <p class="text-sm">
                <a href={`${starterUrl}${preset.id}/`} aria-describedby={`preset-${preset.id}`}>
                  Read or print it
                </a>
              </p>
              <div class="mt-auto flex flex-wrap gap-2" data-needs-js>
                {sheetEmpty ? (
                  <button
                    type="button"
                    class="btn btn-primary"
                    aria-describedby={`preset-${preset.id}`}
                    onClick={() => use(preset, 'replace')}
                  >
                    Use this sheet
                  </button>
                ) : (
                  <>
                    <button type="button" class="btn" aria-describedby={`preset-${preset.id}`} onClick={() => use(preset, 'replace')}>
                      Replace my sheet
                    </button>
                    <button type="button" class="btn" aria-describedby={`preset-${preset.id}`} onClick={() => use(preset, 'merge')}>
                      Add these to my sheet
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {note}
    </section>
  );
}
