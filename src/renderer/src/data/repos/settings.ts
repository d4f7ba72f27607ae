import { db } from '../db';
import { SETTINGS, type SettingKey, type SettingValue } from '../settings';

/**
 * Local settings (never synced as records), parsed on read with the schema of their key
 * (data/settings): undefined when absent or not of the right shape. Works offline, and
 * inside a caller's transaction on `settings`.
 */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
  const row = await db().settings.get(key);
  if (row === undefined) return undefined;
  const parsed = SETTINGS[key].safeParse(row.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  await db().settings.put({ key, value });
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db().settings.delete(key);
}
