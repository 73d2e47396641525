// Record ids and sheet keys come from storage, links and imported files, so they may hold any
// character. An element id with a space breaks `aria-labelledby` (it reads as two ids), and
// replacing odd characters with one stand-in makes "a b" and "a_b" the same id. This spells
// each odd character out instead, so different keys always give different ids.

/** `key` made safe for an element id: letters, digits and "-" stay; anything else becomes _hex_. */
export const idPart = (key: string): string => key.replace(/[^a-zA-Z0-9-]/gu, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`);
