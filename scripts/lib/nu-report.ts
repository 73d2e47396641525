// Reads the Nu HTML checker's JSON report (vnu --format json) and turns it into what a reader of
// `npm run test:html` needs: each kind of problem once, with every page and line where it occurs.
// Pure, so the parsing and grouping are unit-tested without starting Java (scripts/check-nu.ts runs it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message as the checker writes it; fields the report does not use are left out. */
export interface NuMessage {
  /** "error", "info" (with subType "warning" for a warning) or "non-document-error" (a file it could not read). */
  type: string;
  /** "warning" or "fatal" when set. */
  subType?: string | undefined;
  /** The checked document, as a file: URL. */
  url?: string | undefined;
  lastLine?: number | undefined;
  firstColumn?: number | undefined;
  message: string;
  /** A few characters either side of the problem, as in the file. */
  extract?: string | undefined;
}

/** How much a message matters here: errors fail the check, warnings are shown, notes are only counted. */
export type Severity = 'error' | 'warning' | 'note';

/** Where one message was found: the page (relative to the folder given) and its line and column. */
export interface Place {
  page: string;
  line: number;
  column: number;
  extract: string;
}

/** One kind of message (its text) and every place it occurs. */
export interface Group {
  message: string;
  places: Place[];
}

/** The checker's messages sorted and grouped, with what was set aside. */
export interface NuReport {
  errors: Group[];
  warnings: Group[];
  notes: Group[];
  /** Messages dropped by IGNORED, by reason. */
  ignored: Map<string, number>;
}

/**
 * Messages the checker cannot judge from files on disk. Checked as file: URLs, no page has an
 * origin, so the CSP meta tag's 'self' matches none of the site's own files, and the checker
 * does not compute the sha256 hashes Astro lists for inline code; the browser tests load every
 * page through its CSP and fail on any violation.
 */
export const IGNORED: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /violates Content Security Policy/, reason: 'Content Security Policy notes (not judged from files)' },
];

/** The checker's JSON report as messages; throws, saying so, when the text is not that report (Java's own error, say). */
export function parseNuOutput(text: string): NuMessage[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`the Nu checker did not write a JSON report; it said: ${text.trim().slice(0, 500) || '(nothing)'}`);
  }
  const messages = (data as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) throw new Error('the Nu checker\'s report has no "messages" list');
  return messages.filter(
    (m): m is NuMessage => typeof m === 'object' && m !== null && typeof m.message === 'string' && typeof m.type === 'string',
  );
}

/** Whether a message fails the check, is shown as a warning, or is only counted. */
export function severityOf(m: NuMessage): Severity {
  if (m.type === 'error' || m.type === 'non-document-error') return 'error';
  return m.subType === 'warning' ? 'warning' : 'note';
}

function placeOf(m: NuMessage, root: string): Place {
  const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : m.url;
  return {
    page: file ? path.relative(root, file) || file : '(no file)',
    line: m.lastLine ?? 0,
    column: m.firstColumn ?? 0,
    extract: (m.extract ?? '').replace(/\s+/g, ' ').trim(),
  };
}

function grouped(messages: NuMessage[], root: string): Group[] {
  const byText = new Map<string, Place[]>();
  for (const m of messages) byText.set(m.message, [...(byText.get(m.message) ?? []), placeOf(m, root)]);
  const order = (a: Place, b: Place) => a.page.localeCompare(b.page) || a.line - b.line || a.column - b.column;
  return [...byText]
    .map(([message, places]) => ({ message, places: places.sort(order) }))
    .sort((a, b) => b.places.length - a.places.length || a.message.localeCompare(b.message));
}

/** Sorts the messages by severity and groups each severity by message text, pages named relative to `root`. */
export function groupMessages(messages: readonly NuMessage[], root: string): NuReport {
  const ignored = new Map<string, number>();
  const kept: Record<Severity, NuMessage[]> = { error: [], warning: [], note: [] };
  for (const m of messages) {
    const rule = IGNORED.find((r) => r.pattern.test(m.message));
    if (rule) ignored.set(rule.reason, (ignored.get(rule.reason) ?? 0) + 1);
    else kept[severityOf(m)].push(m);
  }
  return { errors: grouped(kept.error, root), warnings: grouped(kept.warning, root), notes: grouped(kept.note, root), ignored };
}

const count = (groups: Group[]) => groups.reduce((n, g) => n + g.places.length, 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function section(label: string, groups: Group[]): string[] {
  return groups.flatMap((g) => [
    `${label} (${g.places.length}×): ${g.message}`,
    ...g.places.map((p) => `  ${p.page}:${p.line}:${p.column}${p.extract ? `  “${p.extract}”` : ''}`),
  ]);
}

/** The report as text: every error and warning with its places, then one line per kind of note and a summary. */
export function formatReport(report: NuReport, pages: number): string {
  const lines = [...section('error', report.errors), ...section('warning', report.warnings)];
  for (const g of report.notes) lines.push(`note (${g.places.length}×, not failing): ${g.message}`);
  for (const [reason, n] of report.ignored) lines.push(`set aside: ${plural(n, 'message')}: ${reason}`);
  const errors = count(report.errors);
  const pagesWithErrors = new Set(report.errors.flatMap((g) => g.places.map((p) => p.page))).size;
  lines.push(
    errors > 0
      ? `check-nu: ${plural(errors, 'error')} of ${plural(report.errors.length, 'kind')} on ${pagesWithErrors} of ${plural(pages, 'page')}, ${plural(count(report.warnings), 'warning')}`
      : `check-nu: ${plural(pages, 'page')} valid, ${plural(count(report.warnings), 'warning')}`,
  );
  return lines.join('\n');
}
