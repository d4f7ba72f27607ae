import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhoneAccessState } from '../../../src/shared/phone-entry';
import { KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { getSetting, setSetting } from '../../../src/renderer/src/data/repos/settings';

// What main's address watch reports; each test moves the laptop between networks.
let platform: PhoneAccessState;
vi.mock('../../../src/renderer/src/platform', () => ({
  kiosk: { phones: { state: async () => ({ ok: true, value: platform }) } },
}));
const { followPhoneAccess } = await import('../../../src/renderer/src/features/phones/follow-address');

const on = (address: string | null, lost = false): PhoneAccessState => ({
  on: true,
  screeningId: 'S1',
  url: address ? `http://${address}:5480/k7m2q9xa` : null,
  address,
  port: 5480,
  network: 'wlan0',
  lost,
});

beforeEach(async () => {
  setDbForTests(new KioskDB(`phone-follow-${newId()}`));
  platform = on('192.168.137.1');
  await setSetting('phones.access', {
    url: 'http://192.168.137.1:5480/k7m2q9xa',
    screeningId: 'S1',
    address: '192.168.137.1',
  });
});

describe('the join link the console and the stage show', () => {
  it('follows the laptop to its new address mid-debate, same token, nothing for the facilitator to do', async () => {
    platform = on('10.0.0.7');
    await followPhoneAccess();
    expect(await getSetting('phones.access')).toMatchObject({
      url: 'http://10.0.0.7:5480/k7m2q9xa',
      address: '10.0.0.7',
      lost: false,
      network: 'wlan0',
    });
  });

  it('says the network is gone while it is, and comes back with it', async () => {
    platform = on(null, true);
    await followPhoneAccess();
    expect(await getSetting('phones.access')).toMatchObject({ url: null, lost: true });
    platform = on('192.168.137.1');
    await followPhoneAccess();
    expect(await getSetting('phones.access')).toMatchObject({ url: 'http://192.168.137.1:5480/k7m2q9xa', lost: false });
  });

  it('leaves another screening’s link and a closed access alone', async () => {
    platform = { ...on('10.0.0.7'), screeningId: 'S2' };
    await followPhoneAccess();
    expect((await getSetting('phones.access'))?.url).toBe('http://192.168.137.1:5480/k7m2q9xa');
    platform = { ...on(null), on: false };
    await followPhoneAccess();
    expect((await getSetting('phones.access'))?.url).toBe('http://192.168.137.1:5480/k7m2q9xa');
  });
});
