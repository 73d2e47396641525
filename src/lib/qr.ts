// The QR code on the printed sheet. The encoder is loaded on demand (only paper needs it), and
// the code is drawn as one SVG path, so no markup string is ever injected.

type Encoder = typeof import('uqr').encode;
let encoder: Encoder | undefined;
let loading: Promise<Encoder> | undefined;
const listeners = new Set<() => void>();

/** Starts loading the QR encoder once; resolves when it is ready. */
export function loadQr(): Promise<unknown> {
  loading ??= import('uqr').then((m) => {
    encoder = m.encode;
    listeners.forEach((fn) => fn());
    return m.encode;
  });
  return loading;
}

/** Calls `fn` when the encoder has loaded; returns a function to stop listening. */
export function onQrReady(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Longest text we put in a QR code; longer links stay printed as text only. */
export const MAX_QR_TEXT = 2000;

/** An SVG path drawing the dark modules of `rows`, one unit each, merging runs along a row. */
export function qrPath(rows: readonly (readonly boolean[])[]): string {
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return d;
}

/** The QR code for `text` as a path and its size, or null before the encoder loads or if the text is too long. */
export function qrFor(text: string): { path: string; size: number } | null {
  if (!encoder || text.length > MAX_QR_TEXT) return null;
  const { data, size } = encoder(text, { ecc: 'L', border: 4 });
  return { path: qrPath(data), size };
}
