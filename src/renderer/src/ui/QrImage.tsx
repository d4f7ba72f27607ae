import { useEffect, useState, type ReactNode } from 'react';
import { sessionCache } from './session-cache';

// A report reopened (or the page reloaded) shows its code at once: the same payload, the same code.
const made = sessionCache<string>('qr', 16);
const keyOf = (payload: string, size: number) => `${size}|${payload}`;

/**
 * The code as an SVG data URL: drawn as vectors, it prints crisply at any size, and making
 * it skips the canvas and the PNG encoding (most of what a PNG code cost).
 */
async function encode(payload: string, size: number): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, width: size * 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A QR code for `payload`, drawn here (no network): an <img> with a data URL. Shows
 * nothing until the code for this payload is ready, never the previous one. The encoder
 * is its own chunk, fetched with the first code: no screen parses it at start.
 */
export function QrImage(props: { payload: string; alt: string; size: number; failed?: ReactNode }) {
  const { payload, alt, size } = props;
  const key = keyOf(payload, size);
  // [key, data URL], or [key, null] when the encoder's chunk failed to load.
  const [code, setCode] = useState<[string, string | null] | null>(null);
  const url = made.get(key) ?? (code?.[0] === key ? code[1] : undefined);
  useEffect(() => {
    if (made.get(key)) return;
    let live = true;
    encode(payload, size).then(
      (url) => {
        made.set(key, url);
        if (live) setCode([key, url]);
      },
      () => live && setCode([key, null]),
    );
    return () => {
      live = false;
    };
  }, [key, payload, size]);
  if (url === undefined) return null;
  // `failed` says so where the code would be (a report shows its digest printed instead).
  if (url === null) return <>{props.failed ?? null}</>;
  return <img className="qr" src={url} alt={alt} width={size} height={size} data-payload={payload} />;
}
