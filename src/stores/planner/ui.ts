import { atom, onMount } from 'nanostores';

/** Which dialog of the planner is open, if any. */
export type PlannerDialog =
  | { kind: 'person'; id: string | null }
  | { kind: 'conversation'; id: string; schedule: boolean }
  | { kind: 'message'; conversationId: string; templateId: string }
  | { kind: 'import' }
  | null;

/** The open dialog; one at a time, so focus always has one place to return to. */
export const $dialog = atom<PlannerDialog>(null);

/** Opens a dialog. */
export function openDialog(dialog: NonNullable<PlannerDialog>): void {
  $dialog.set(dialog);
}

/** Closes whatever dialog is open. */
export function closeDialog(): void {
  $dialog.set(null);
}

/** The address's hash (`#…`), kept current: links into the planner and the companion name a person or a conversation there. */
export const $hash = atom('');

onMount($hash, () => {
  if (typeof window === 'undefined') return;
  const follow = () => $hash.set(location.hash);
  follow();
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
});

/** The person id in a `#person-<id>` link, or null. */
export function personFromHash(hash: string): string | null {
  const match = /^#person-(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/**
 * Where keyboard focus should go after the focused control disappears: a conversation card
 * that moved to another group, or the due list when a reminder was dealt with.
 */
export const $focusTarget = atom<string | null>(null);

/** Asks the component named `target` to take focus once it has rendered. */
export function focusLater(target: string): void {
  $focusTarget.set(target);
}
