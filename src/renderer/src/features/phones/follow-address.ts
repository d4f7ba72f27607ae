import { getSetting, setSetting } from '../../data/repos/settings';
import { kiosk } from '../../platform';

/**
 * Brings the console's and the stage's join link up to date with the platform's: when
 * the laptop's address changes mid-debate the server moves to the new one (main's
 * address watch), and this copies the new link into the setting both windows show,
 * without the facilitator doing anything. When the network is gone it says so.
 * Called every few seconds by the console's phone bridge.
 */
export async function followPhoneAccess(): Promise<void> {
  const [state, access] = await Promise.all([kiosk.phones.state(), getSetting('phones.access')]);
  if (!state.ok || !access?.screeningId || !state.value.on) return;
  if (state.value.screeningId !== access.screeningId) return;
  const lost = state.value.lost === true;
  if (state.value.url === access.url && lost === (access.lost ?? false)) return;
  await setSetting('phones.access', {
    url: state.value.url,
    screeningId: access.screeningId,
    address: state.value.address,
    lost,
    network: state.value.network ?? null,
  });
}
