import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import type { ApprovedQuestion, NetworkInterfaceInfo, PhoneAccessState, PhoneEntry } from '../../shared/phone-entry';
import type { PhonePoll } from '../../shared/phone-poll';
import { fail, ok, type Result } from '../../shared/result';
import { watchAddress, type AddressWatch } from './address-watch';
import { createPhoneIntake } from './intake';
import { loadPhonePage } from './phone-page';
import { buildPhoneServer, type PhoneHub } from './server';

export interface PhoneAccessOptions {
  journalDir: string;
  /** The built renderer folder holding phone.html and its assets. */
  rendererDir: string;
  port: number;
  /** How long a send waits for the console's ack before the phone is told "queued". */
  ackWaitMs?: number;
  interfaces?: () => NetworkInterfaceInfo[];
  /** How often the picked interface's address is looked at (it may change mid-debate). */
  watchEveryMs?: number;
  /** Requests per address per minute (a load test's simulated phones all share one address). */
  requestsPerAddressPerMinute?: number;
}

/** Phone access as main (IPC) and the browser platform (preview-web) drive it. */
export interface PhoneAccess {
  interfaces(): NetworkInterfaceInfo[];
  start(screeningId: string, address: string): Promise<Result<PhoneAccessState>>;
  /** A new join link; the old one is dead at once. */
  rotate(): Promise<Result<PhoneAccessState>>;
  stop(): Promise<Result<PhoneAccessState>>;
  state(): PhoneAccessState;
  /** The approved questions phones may see, with their counts (the console sends them). */
  publish(questions: ApprovedQuestion[]): void;
  /** The poll open now (question and options only), or null: phones answer it. */
  publishPoll(poll: PhonePoll | null): void;
  /** Journaled entries the console has not yet written; survives restarts. */
  pending(): Promise<PhoneEntry[]>;
  ack(ids: string[]): Promise<void>;
  /** The recording of a journaled spoken question not yet acknowledged, or null. */
  audio(id: string): Promise<Uint8Array | null>;
  onEntry(listener: () => void): () => void;
  close(): Promise<void>;
}

// No 0/o, 1/l/i: the short link is read off a projector and typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const newToken = (): string => [...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('');

/** IPv4 addresses of this machine's network interfaces (the loopback last). */
export function ipv4Interfaces(): NetworkInterfaceInfo[] {
  const out: NetworkInterfaceInfo[] = [];
  for (const [name, list] of Object.entries(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4') out.push({ name, address: a.address });
  return out.sort((a, b) => Number(a.address.startsWith('127.')) - Number(b.address.startsWith('127.')));
}

export function createPhoneAccess(o: PhoneAccessOptions): PhoneAccess {
  const listIfaces = o.interfaces ?? ipv4Interfaces;
  const intake = createPhoneIntake(o.journalDir, o.ackWaitMs);
  let server: { app: FastifyInstance; address: string } | null = null;
  let token: string | null = null;
  let screeningId: string | null = null;
  let approved: ApprovedQuestion[] = [];
  let poll: PhonePoll | null = null;
  let network: string | null = null;
  let lost = false;
  let watch: AddressWatch | null = null;

  const state = (): PhoneAccessState => ({
    on: token !== null && (server !== null || lost),
    screeningId,
    url: token && server ? `http://${server.address}:${o.port}/${token}` : null,
    address: server?.address ?? null,
    port: o.port,
    network,
    lost,
  });

  /**
   * Rebinds to the interface's new address (or closes when it has none) rather than
   * listening on 0.0.0.0 filtered by address: the server is never reachable from a
   * network the facilitator did not pick (an office LAN, a second adapter), and the
   * vanished address has nothing left to serve. The token stays: only the host changes.
   */
  async function follow(next: string | null) {
    if (token === null) return;
    if (next === null) {
      lost = true;
      await server?.app.close();
      server = null;
      return;
    }
    lost = !(await listen(next)).ok;
  }

  const hub: PhoneHub = {
    screeningFor: (t) => (token !== null && t === token ? screeningId : null),
    approved: () => approved,
    isApproved: (id) => approved.some((q) => q.id === id),
    voice: intake.voice,
    openPoll: () => poll,
    receive: intake.receive,
  };

  async function listen(address: string): Promise<Result<void>> {
    if (server?.address === address) return ok(undefined);
    await server?.app.close();
    server = null;
    const page = await loadPhonePage(o.rendererDir).catch(() => null);
    if (!page) return fail('not_found', 'phone page not built');
    const app = await buildPhoneServer(hub, page, o.requestsPerAddressPerMinute);
    try {
      await app.listen({ port: o.port, host: address });
    } catch (err) {
      await app.close();
      const code = (err as { code?: string }).code;
      return fail(code === 'EADDRINUSE' ? 'busy' : 'io_error', code);
    }
    server = { app, address };
    return ok(undefined);
  }

  return {
    interfaces: listIfaces,
    async start(id, address) {
      const iface = listIfaces().find((i) => i.address === address);
      if (!iface) return fail('invalid_argument', 'unknown address');
      const up = await listen(address);
      if (!up.ok) return up;
      watch?.stop();
      network = iface.name;
      lost = false;
      watch = watchAddress(iface.name, address, follow, { list: listIfaces, everyMs: o.watchEveryMs });
      if (screeningId !== id || token === null) token = newToken();
      screeningId = id;
      return ok(state());
    },
    async rotate() {
      if (!token) return fail('not_available');
      token = newToken();
      return ok(state());
    },
    async stop() {
      watch?.stop();
      watch = null;
      network = null;
      lost = false;
      token = null;
      approved = [];
      poll = null;
      await server?.app.close();
      server = null;
      return ok(state());
    },
    state,
    publish(questions) {
      approved = questions;
    },
    publishPoll(next) {
      poll = next;
    },
    pending: intake.pending,
    ack: intake.ack,
    audio: intake.audio,
    onEntry: intake.onEntry,
    async close() {
      watch?.stop();
      await server?.app.close();
      server = null;
      await intake.close();
    },
  };
}
