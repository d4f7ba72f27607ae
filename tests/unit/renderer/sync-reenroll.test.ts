import { expect, test } from 'vitest';
import { kioskId } from '../../../src/renderer/src/data/repos/kiosk';
import { enrollKiosk, getDevice } from '../../../src/renderer/src/features/sync/device';
import { SyncEngine } from '../../../src/renderer/src/features/sync/engine';
import {
  enrollmentCode,
  eveningActivity,
  freshKiosk,
  harness,
  holdings,
  newCollector,
  seededRandom,
} from './sync-support';

const codeFor = (id: string, forKiosk: string) =>
  harness<{ code: string }>(`collectors/${id}/code`, { forKiosk }).then((r) => r.code);

test('enrolling again needs a code made for this kiosk; the kiosk keeps its enrollment until then', async () => {
  freshKiosk();
  const c = await newCollector();
  const first = await enrollKiosk(c.url, await enrollmentCode(c.id), 'Kolda');
  await eveningActivity(1, seededRandom(1));
  expect(await new SyncEngine().syncNow()).toMatchObject({ ok: true });
  await expect(enrollKiosk(c.url, await enrollmentCode(c.id), 'Kolda')).rejects.toMatchObject({
    code: 'kiosk_enrolled',
  });
  expect(await getDevice()).toEqual(first);
  const again = await enrollKiosk(c.url, await codeFor(c.id, await kioskId()), 'Kolda 2');
  expect(again.deviceId).not.toBe(first.deviceId);
  // The new device starts with nothing acknowledged: new work follows 0 and is taken.
  await eveningActivity(2, seededRandom(2));
  expect(await new SyncEngine().syncNow()).toMatchObject({ ok: true });
  expect((await holdings(c.id)).devices).toHaveLength(2);
});
