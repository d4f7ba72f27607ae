import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { checkPin, hasPin, pinWait, setPin } from '../../../src/renderer/src/data/repos/pin';

beforeEach(() => setDbForTests(new KioskDB(`pin-test-${newId()}`)));

describe('facilitator PIN', () => {
  it('stores a salted PBKDF2 hash, never the PIN', async () => {
    expect(await hasPin()).toBe(false);
    expect(await checkPin('1234')).toEqual({ ok: false, reason: 'no_pin', waitMs: 0 });
    await setPin('482913');
    expect(await hasPin()).toBe(true);
    const stored = (await db().settings.get('pin.hash'))!.value as Record<string, unknown>;
    expect(stored).toMatchObject({ algo: 'PBKDF2-SHA-256', iterations: 310_000 });
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await db().settings.toArray())).not.toContain('482913');
    // A second PIN gets its own salt.
    await setPin('482913');
    const again = (await db().settings.get('pin.hash'))!.value as Record<string, unknown>;
    expect(again.salt).not.toBe(stored.salt);
    expect(await checkPin('482913')).toEqual({ ok: true });
  });

  it('refuses PINs that are not 4 to 8 digits', async () => {
    for (const bad of ['123', '123456789', '12a4', '', '١٢٣٤']) await expect(setPin(bad)).rejects.toThrow();
  });

  it('slows down repeated wrong tries, keeps the count across reloads, and clears it on success', async () => {
    await setPin('2468');
    const t0 = 1_000_000;
    expect(await checkPin('0000', t0)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await checkPin('1111', t0)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await checkPin('2222', t0)).toEqual({ ok: false, reason: 'wrong', waitMs: 5_000 });
    // During the wait even the right PIN is not checked, and the wait does not grow.
    expect(await checkPin('2468', t0 + 1_000)).toEqual({ ok: false, reason: 'wait', waitMs: 4_000 });
    expect(await pinWait(t0 + 1_000)).toBe(4_000);
    expect(await checkPin('3333', t0 + 5_000)).toEqual({ ok: false, reason: 'wrong', waitMs: 10_000 });
    // A fresh database handle (a reload) sees the same wait.
    setDbForTests(new KioskDB(db().name));
    expect(await pinWait(t0 + 6_000)).toBe(9_000);
    expect(await checkPin('4444', t0 + 15_000)).toEqual({ ok: false, reason: 'wrong', waitMs: 20_000 });
    expect(await checkPin('2468', t0 + 35_000)).toEqual({ ok: true });
    expect(await checkPin('5555', t0 + 35_000)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
  });

  it('never waits more than five minutes', async () => {
    await setPin('2468');
    let now = 0;
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const r = await checkPin('9999', now);
      if (!r.ok) last = r.waitMs;
      now += last;
    }
    expect(last).toBe(300_000);
  });
});
