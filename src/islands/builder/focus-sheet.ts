// Where the builder sends the reader after a change that concerns the whole sheet (a starter sheet
// loaded, the sheet cleared, an undo) and from the phone's sheet bar.

/** Moves focus to the sheet's heading, which also scrolls the sheet into view. */
export const focusSheet = (): void => document.getElementById('sheet-heading')?.focus();
