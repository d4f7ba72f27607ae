import { db } from '../db';
import { newId } from '../ids';

/** This device's id, made once on first use and kept for the life of its database. */
export async function kioskId(): Promise<string> {
  return db().transaction('rw', db().settings, async () => {
    const row = await db().settings.get('kioskId');
    if (row && typeof row.value === 'string') return row.value;
    const id = newId();
    await db().settings.put({ key: 'kioskId', value: id });
    return id;
  });
}
