import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as DexieModule from 'dexie';
import { db, KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { newId } from '../../../../src/renderer/src/data/ids';

// A second copy of Dexie, as another window has: its own events and its own channel, so
// it hears of this copy's writes only through the BroadcastChannel (a real one, in Node).
// `dexie` is its CommonJS build in Node; this is the ES module build, a module of its own.
const esBuild = 'dexie/dist/dexie.mjs';
const other = (await import(/* @vite-ignore */ esBuild)) as typeof DexieModule;

let name = '';
let heard: unknown[] = [];
const ear = new BroadcastChannel('x-storagemutated-1');
ear.onmessage = (e: MessageEvent) => heard.push(e.data);
afterEach(() => void (heard = []));
beforeEach(() => {
  name = `announce-${newId()}`;
  setDbForTests(new KioskDB(name));
});

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('announcing commits to the other windows', () => {
  it("shows another window's live query a setting as soon as it is committed", async () => {
    expect(other.Dexie).not.toBe((await import('dexie')).Dexie);
    await db().settings.put({ key: 'pin', value: 'first' });
    const there = new other.Dexie(name);
    there.version(db().verno).stores({ settings: 'key' });
    const seen: unknown[] = [];
    const sub = other
      .liveQuery(() => there.table('settings').get('pin'))
      .subscribe((row: { value: unknown } | undefined) => seen.push(row?.value));
    await expect.poll(() => seen).toEqual(['first']);
    await db().settings.put({ key: 'pin', value: 'second' });
    await expect.poll(() => seen).toEqual(['first', 'second']);
    sub.unsubscribe();
    there.close();
  });

  it('posts each commit once, with what it changed, and nothing for a transaction that aborts', async () => {
    await db().open(); // creating the stores is announced by Dexie itself, as everything changed
    await settle();
    heard = [];
    await db().settings.put({ key: 'pin', value: 'x' });
    await settle();
    expect(heard).toHaveLength(1);
    expect(Object.keys(heard[0] as object)).toContain(`idb://${name}/settings/`);
    heard = [];
    await expect(
      db().transaction('rw', db().settings, async () => {
        await db().settings.put({ key: 'pin', value: 'never' });
        throw new Error('cut');
      }),
    ).rejects.toThrow('cut');
    await settle();
    expect(heard).toEqual([]);
    expect((await db().settings.get('pin'))?.value).toBe('x');
  });
});
