// DOM ids for a sheet row and its controls. Keys read from storage or links may hold any
// character, so everything but safe ones is replaced.
const safe = (key: string) => key.replace(/[^a-zA-Z0-9_-]/g, '_');

/** Id of the row for the question with `key`. */
export const rowId = (key: string): string => `row-${safe(key)}`;
/** Id of one of a row's controls ("up", "down", "edit", "remove", "text"). */
export const controlId = (key: string, control: string): string => `row-${safe(key)}-${control}`;
