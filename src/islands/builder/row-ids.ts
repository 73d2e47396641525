// DOM ids for a sheet row and its controls. Keys read from storage or links may hold any
// character, so they are spelt out safely (see idPart).
import { idPart } from '../../lib/dom-id.ts';

/** Id of the row for the question with `key`. */
export const rowId = (key: string): string => `row-${idPart(key)}`;
/** Id of one of a row's controls ("up", "down", "edit", "remove", "text"). */
export const controlId = (key: string, control: string): string => `row-${idPart(key)}-${control}`;
