import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  hint?: string | undefined;
  children: ComponentChildren;
  /** Id of the control, so the hint can describe it. */
  id: string;
}

/** A labelled form control with an optional hint under the label. */
export default function Field({ label, hint, children, id }: Props) {
  return (
    <div class="flex flex-col gap-1">
      <label for={id} class="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="muted text-sm">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

/** Classes shared by the text inputs, selects and text areas of the planner and the companion. */
export const inputClass = 'w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-2 py-1 text-base text-[var(--ink)]';
