import { db } from '../db';
import type { SettingValue } from '../settings';
import { hex } from '@shared/hex';
import { deleteSetting, getSetting, setSetting } from './settings';

/**
 * The facilitator PIN that leaves attendee-kiosk mode. Stored only as a PBKDF2-SHA-256
 * hash with a random salt (WebCrypto), in local settings: never synced, works offline.
 * Wrong tries are counted in the database, not in memory, so a reload does not reset
 * them; from the third, each one makes the next try wait twice as long.
 */

const ITERATIONS = 310_000;
const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 5 * 60_000;

export const PIN_PATTERN = /^\d{4,8}$/;

type PinHash = SettingValue<'pin.hash'>;
/** `waitUntil`: epoch ms before which no try is checked. */
type Tries = SettingValue<'pin.tries'>;

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return hex(bits);
}

const fromHex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));

async function storedHash(): Promise<PinHash | undefined> {
  return getSetting('pin.hash');
}

export async function hasPin(): Promise<boolean> {
  return (await storedHash()) !== undefined;
}

/** Sets (or replaces) the PIN: 4 to 8 digits. Clears any count of wrong tries. */
export async function setPin(pin: string): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const record: PinHash = { algo: 'PBKDF2-SHA-256', iterations: ITERATIONS, salt: hex(salt.buffer), hash: '' };
  record.hash = await derive(pin, salt, ITERATIONS);
  await db().transaction('rw', db().settings, async () => {
    await setSetting('pin.hash', record);
    await deleteSetting('pin.tries');
  });
}

/** The wait, in ms, before a try will be checked (0: now). */
export async function pinWait(now = Date.now()): Promise<number> {
  const tries = await getSetting('pin.tries');
  return Math.max(0, (tries?.waitUntil ?? 0) - now);
}

export type PinCheck = { ok: true } | { ok: false; reason: 'wrong' | 'wait' | 'no_pin'; waitMs: number };

const waitFor = (failures: number) =>
  failures < FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));

/**
 * Checks a PIN. While a wait is running nothing is checked (and the wait is not
 * extended); a wrong PIN adds to the count and may start a wait; a right one clears it.
 */
export async function checkPin(pin: string, now = Date.now()): Promise<PinCheck> {
  const stored = await storedHash();
  if (!stored) return { ok: false, reason: 'no_pin', waitMs: 0 };
  const wait = await pinWait(now);
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  // Hashed outside the transaction: WebCrypto would commit a Dexie transaction early.
  const hash = PIN_PATTERN.test(pin) ? await derive(pin, fromHex(stored.salt), stored.iterations) : '';
  return db().transaction('rw', db().settings, async (): Promise<PinCheck> => {
    if (hash === stored.hash) {
      await deleteSetting('pin.tries');
      return { ok: true };
    }
    const before = await getSetting('pin.tries');
    const failures = (before?.failures ?? 0) + 1;
    const waitMs = waitFor(failures);
    await setSetting('pin.tries', { failures, waitUntil: now + waitMs } satisfies Tries);
    return { ok: false, reason: 'wrong', waitMs };
  });
}
