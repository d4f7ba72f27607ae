import { useEffect, useState, type ReactNode } from 'react';

/**
 * A QR code for `payload`, drawn here (no network): an <img> with a data URL. Shows
 * nothing until the code for this payload is ready, never the previous one. The encoder
 * is its own chunk, fetched with the first code: no screen parses it at start.
 */
export function QrImage(props: { payload: string; alt: string; size: number; failed?: ReactNode }) {
  const { payload, alt, size } = props;
  // [payload, data URL], or [payload, null] when the encoder's chunk failed to load.
  const [made, setMade] = useState<[string, string | null] | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: size * 2 }),
      )
      .then(
        (url) => live && setMade([payload, url]),
        () => live && setMade([payload, null]),
      );
    return () => {
      live = false;
    };
  }, [payload, size]);
  if (made?.[0] !== payload) return null;
  // `failed` says so where the code would be (a report shows its digest printed instead).
  if (made[1] === null) return <>{props.failed ?? null}</>;
  return <img className="qr" src={made[1]} alt={alt} width={size} height={size} data-payload={payload} />;
}
