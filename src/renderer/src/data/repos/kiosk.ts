import { db } from '../db';
import { newId } from '../ids';
import { getSetting, setSetting } from './settings';

/** This device's id, made once on first use and kept for the life of its database. */
export async function kioskId(): Promise<string> {
  return db().transaction('rw', db().settings, async () => {
    const known = await getSetting('kiosk.id');
    if (known) return known;
    const id = newId();
    await setSetting('kiosk.id', id);
    return id;
  });
}
