import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchAddress } from '../../../../src/main/phones/address-watch';
import { createPhoneAccess } from '../../../../src/main/phones/access';
import type { NetworkInterfaceInfo } from '../../../../src/shared/phone-entry';
import { phonePageDir } from './phone-fixture';

describe('watching the picked interface’s address', () => {
  it('reports a new address, the interface gone and back, and nothing while it stays', async () => {
    let ifaces: NetworkInterfaceInfo[] = [
      { name: 'eth0', address: '10.0.0.5' },
      { name: 'wlan0', address: '192.168.137.1' },
    ];
    const seen: (string | null)[] = [];
    let tick: (() => void) | null = null;
    const w = watchAddress('wlan0', '192.168.137.1', async (a) => void seen.push(a), {
      list: () => ifaces,
      setInterval: (fn) => (tick = fn),
      clearInterval: () => (tick = null),
    });
    await w.check();
    expect(seen).toEqual([]);
    ifaces = [ifaces[0]!, { name: 'wlan0', address: '192.168.137.7' }];
    await w.check();
    ifaces = [ifaces[0]!];
    await w.check();
    await w.check();
    ifaces = [ifaces[0]!, { name: 'wlan0', address: '192.168.137.9' }];
    await w.check();
    expect(seen).toEqual(['192.168.137.7', null, '192.168.137.9']);
    expect(tick).not.toBeNull();
    w.stop();
    expect(tick).toBeNull();
  });
});

describe('phone access when the laptop’s address changes mid-debate', () => {
  it('moves the server and the join link to the new address, keeps the token, and says when the network is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phone-ip-'));
    // Linux answers on every 127.x address: two of them stand in for a DHCP renewal.
    let ifaces: NetworkInterfaceInfo[] = [{ name: 'wlan0', address: '127.0.0.1' }];
    const phones = createPhoneAccess({
      journalDir: dir,
      rendererDir: phonePageDir(),
      port: 5443,
      interfaces: () => ifaces,
      watchEveryMs: 50,
    });
    try {
      const r = await phones.start('SCREENING1', '127.0.0.1');
      if (!r.ok) throw new Error(r.code);
      const token = r.value.url!.split('/').pop()!;
      expect(r.value).toMatchObject({ network: 'wlan0', lost: false });
      expect((await fetch(r.value.url!)).status).toBe(200);

      ifaces = [{ name: 'wlan0', address: '127.0.0.2' }];
      await expect.poll(() => phones.state().url).toBe(`http://127.0.0.2:5443/${token}`);
      expect((await fetch(phones.state().url!)).status).toBe(200);
      await expect(fetch(r.value.url!)).rejects.toThrow(); // the old address is not served any more

      ifaces = [];
      await expect.poll(() => phones.state().lost).toBe(true);
      expect(phones.state()).toMatchObject({ on: true, url: null, network: 'wlan0' });

      ifaces = [{ name: 'wlan0', address: '127.0.0.3' }];
      await expect.poll(() => phones.state().url).toBe(`http://127.0.0.3:5443/${token}`);
      expect(phones.state().lost).toBe(false);
      expect((await fetch(phones.state().url!)).status).toBe(200);

      await phones.stop();
      expect(phones.state()).toMatchObject({ on: false, url: null, lost: false });
    } finally {
      await phones.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
