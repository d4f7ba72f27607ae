/**
 * The 50 simulated kiosks of the collector bench, in a process of their own (forked by
 * sync.bench.ts): their JSON, fetch and HTTP parsing then run on another core, not on the
 * collector's thread, as real kiosks do. Each kiosk posts its bodies in turn, all kiosks
 * at once. Protocol over IPC: the parent sends the work, the child builds the bodies and
 * says `ready`, the parent says `go`, the child answers with the total time, each
 * request's time and its own CPU time, then exits.
 */
import { bodiesFor, pendingEvents, postAll } from './sync-bench-support';

export interface ClientWork {
  url: string;
  kiosks: { token: string; prefix: string }[];
  perKiosk: number;
}

export interface ClientResult {
  ms: number;
  latencies: number[];
  cpuMs: number;
}

process.once('message', (work: ClientWork) => {
  const bodies = work.kiosks.map((k) => bodiesFor(pendingEvents(work.perKiosk, k.prefix)));
  process.once('message', () => void run(work, bodies));
  process.send!('ready');
});

async function run(work: ClientWork, bodies: string[][]) {
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(work.kiosks.map(async (k, i) => latencies.push(...(await postAll(work.url, bodies[i]!, k.token)))));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const result: ClientResult = { ms, latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
  process.send!(result, () => process.exit(0));
}
