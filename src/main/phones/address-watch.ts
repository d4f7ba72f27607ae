import type { NetworkInterfaceInfo } from '../../shared/phone-entry';

export interface AddressWatchDeps {
  /** This machine's interfaces now (os.networkInterfaces, or a test's list). */
  list: () => NetworkInterfaceInfo[];
  everyMs?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
}

export interface AddressWatch {
  /** One look at the interfaces (the timer calls it; a test may too). */
  check(): Promise<void>;
  stop(): void;
}

/**
 * Follows the address of the interface phones were opened on. A laptop's hotspot or a
 * pocket router may hand out a new address mid-debate (DHCP renewal, Wi-Fi reconnect):
 * the interface keeps its name, its address changes. `onChange` gets the new address,
 * or null when the interface has no IPv4 address any more (Wi-Fi off, cable out), and is
 * awaited before the next look, so a rebind never races another.
 */
export function watchAddress(
  network: string,
  address: string,
  onChange: (next: string | null) => Promise<void>,
  d: AddressWatchDeps,
): AddressWatch {
  let last: string | null = address;
  let busy: Promise<void> | null = null;
  async function look() {
    const mine = d
      .list()
      .filter((i) => i.name === network)
      .map((i) => i.address);
    const next = last !== null && mine.includes(last) ? last : (mine[0] ?? null);
    if (next === last) return;
    last = next;
    await onChange(next);
  }
  const check = () => (busy ??= look().finally(() => (busy = null)));
  const every = d.setInterval ?? ((fn, ms) => setInterval(fn, ms).unref());
  const timer = every(() => void check().catch(() => undefined), d.everyMs ?? 3000);
  return {
    check,
    stop: () => (d.clearInterval ?? ((t) => clearInterval(t as NodeJS.Timeout)))(timer),
  };
}
