import { db } from '../db';
import { SETTINGS, type SettingKey, type SettingValue } from '../settings';
import { NO } from '../shapes';

/**
 * Local settings (never synced as records), parsed on read with the schema of their key
 * (data/settings): undefined when absent or not of the right shape. Works offline, and
 * inside a caller's transaction on `settings`.
 */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
  const row = await db().settings.get(key);
  if (row === undefined) return undefined;
  const value = SETTINGS[key](row.value);
  return value === NO ? undefined : (value as SettingValue<K>);
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  await db().settings.put({ key, value });
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db().settings.delete(key);
}
