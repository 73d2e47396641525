// The one Markdown table printer for the reports (budgets, Lighthouse, benchmarks, readability):
// columns padded so the table also reads lined up in a terminal.

/** How a column lines up: text to the left, numbers to the right (with a `---:` rule). */
export type Align = 'left' | 'right';

/** A Markdown table of `rows` under `header`; `align[i]` lines up column i (left when not given). */
export function markdownTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = (i: number) => align[i] === 'right';
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (right(i) ? (cells[i] ?? '').padStart(w) : (cells[i] ?? '').padEnd(w))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
