import { useEffect, useMemo } from 'react';
import { getBlob } from '../data/repos/blobs';
import { useLive } from '../data/use-live';

/**
 * An object URL for a stored recording (by its hash), revoked when the hash changes or the
 * player goes away; null until the blob is read.
 */
export function useBlobUrl(hash: string): string | null {
  const blob = useLive(() => getBlob(hash), [hash], undefined);
  const url = useMemo(() => (blob ? URL.createObjectURL(blob.data) : null), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
