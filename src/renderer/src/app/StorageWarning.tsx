import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageRoom, type StorageRoom } from '../data/persistence';
import { formatNumber } from '../i18n/format';
import { useLang } from '../i18n/use-lang';

/** How often the room left is read again; a film import or an evening of recordings fills it slowly. */
const EVERY_MS = 60_000;

/**
 * Tells the facilitator, on every console section, that the kiosk's storage is nearly
 * full, before an attendee's entry is the first thing refused. Reads the browser's own
 * estimate (the disk, or Chromium's share of it) at start, every minute and on focus.
 */
export function StorageWarning() {
  const { t } = useTranslation();
  const lang = useLang();
  const [room, setRoom] = useState<StorageRoom | null>(null);
  useEffect(() => {
    let live = true;
    const check = () =>
      void storageRoom().then(
        (r) => live && setRoom(r),
        () => undefined,
      );
    check();
    const timer = setInterval(check, EVERY_MS);
    window.addEventListener('focus', check);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, []);
  if (!room?.low) return null;
  const mb = Math.max(0, Math.floor((room.quotaBytes - room.usedBytes) / (1024 * 1024)));
  return (
    <p className="alert console__storage" role="alert">
      {t('storage.low', { mb: formatNumber(mb, lang) })}
    </p>
  );
}
