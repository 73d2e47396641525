import { useEffect, useState } from 'preact/hooks';
import { onQrReady, qrFor } from '../../lib/qr.ts';

interface Props {
  text: string;
}

/** The share link as a QR code, drawn once the encoder has loaded; nothing before that. */
export default function QrCode({ text }: Props) {
  const [, setReady] = useState(0);
  useEffect(() => onQrReady(() => setReady((n) => n + 1)), []);
  const qr = qrFor(text);
  if (!qr) return null;
  return (
    <svg
      role="img"
      aria-label="QR code of the link to this sheet"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      class="h-[30mm] w-[30mm] shrink-0"
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
