import type { Dexie } from 'dexie';

/**
 * Version 2: one naming style for settings keys (`area.name`), and the clock offset in
 * one sign everywhere (device − collector, as the collector measures it; v1 stored
 * collector − device under `clockOffsetMs`). No table or index changes. Frozen.
 */
export const V2_RENAMED_SETTINGS: Readonly<Record<string, string>> = {
  kioskId: 'kiosk.id',
  kioskTimings: 'kiosk.timings',
  activeScreeningId: 'screening.active',
  campaignUrl: 'pledges.campaignUrl',
  pinHash: 'pin.hash',
  pinTries: 'pin.tries',
  clockOffsetMs: 'sync.clockOffsetMs',
};

type SettingRow = { key: string; value: unknown };

export function v2(db: Dexie): void {
  db.version(2)
    .stores({})
    .upgrade(async (tx) => {
      const settings = tx.table<SettingRow, string>('settings');
      for (const [from, to] of Object.entries(V2_RENAMED_SETTINGS)) {
        const row = await settings.get(from);
        if (!row) continue;
        const value = from === 'clockOffsetMs' && typeof row.value === 'number' ? -row.value : row.value;
        await settings.put({ key: to, value });
        await settings.delete(from);
      }
    });
}
