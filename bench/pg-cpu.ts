import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statOf(pid: string): string[] | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // gone meanwhile
  }
}

/**
 * CPU time (ms) used so far by the PostgreSQL cluster listening on this port: its
 * postmaster (found by its `-p <port>` argument, so the other clusters on this machine
 * are left out), its live children (the backends, the WAL writer, the checkpointer…)
 * and the children it has already reaped. Read before and after a run, the difference is
 * the database server's own work, which the collector's CPU time does not show.
 */
export function pgCpuMs(port: number): number {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const postmaster = pids.find((p) => {
    try {
      const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      return /postgres$/.test(argv[0] ?? '') && argv.some((a, i) => a === '-p' && argv[i + 1] === String(port));
    } catch {
      return false;
    }
  });
  if (!postmaster) throw new Error(`no postgres process listens on port ${port}`);
  let ticks = 0;
  for (const pid of pids) {
    const f = statOf(pid);
    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    if (!f || (pid !== postmaster && f[1] !== postmaster)) continue;
    ticks += Number(f[11]) + Number(f[12]);
    if (pid === postmaster) ticks += Number(f[13]) + Number(f[14]);
  }
  return ticks * TICK_MS;
}
