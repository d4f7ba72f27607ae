import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code for `payload`, drawn here (no network): an <img> with a data URL. Shows
 * nothing until the code for this payload is ready, never the previous one.
 */
export function QrImage({ payload, alt, size }: { payload: string; alt: string; size: number }) {
  const [made, setMade] = useState<[string, string] | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: size * 2 }).then(
      (url) => live && setMade([payload, url]),
      () => live && setMade(null),
    );
    return () => {
      live = false;
    };
  }, [payload, size]);
  if (made?.[0] !== payload) return null;
  return <img className="qr" src={made[1]} alt={alt} width={size} height={size} data-payload={payload} />;
}
