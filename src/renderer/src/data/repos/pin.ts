import { db } from '../db';
import { hex } from './blobs';

/**
 * The facilitator PIN that leaves attendee-kiosk mode. Stored only as a PBKDF2-SHA-256
 * hash with a random salt (WebCrypto), in local settings: never synced, works offline.
 * Wrong tries are counted in the database, not in memory, so a reload does not reset
 * them; from the third, each one makes the next try wait twice as long.
 */

const HASH_KEY = 'pinHash';
const TRIES_KEY = 'pinTries';
const ITERATIONS = 310_000;
const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 5 * 60_000;

export const PIN_PATTERN = /^\d{4,8}$/;

interface PinHash {
  algo: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

interface Tries {
  failures: number;
  /** Epoch ms before which no try is checked. */
  waitUntil: number;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return hex(bits);
}

const fromHex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));

async function storedHash(): Promise<PinHash | undefined> {
  const row = await db().settings.get(HASH_KEY);
  return row?.value as PinHash | undefined;
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
    await db().settings.put({ key: HASH_KEY, value: record });
    await db().settings.delete(TRIES_KEY);
  });
}

/** The wait, in ms, before a try will be checked (0: now). */
export async function pinWait(now = Date.now()): Promise<number> {
  const tries = (await db().settings.get(TRIES_KEY))?.value as Tries | undefined;
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
      await db().settings.delete(TRIES_KEY);
      return { ok: true };
    }
    const before = (await db().settings.get(TRIES_KEY))?.value as Tries | undefined;
    const failures = (before?.failures ?? 0) + 1;
    const waitMs = waitFor(failures);
    await db().settings.put({ key: TRIES_KEY, value: { failures, waitUntil: now + waitMs } satisfies Tries });
    return { ok: false, reason: 'wrong', waitMs };
  });
}
