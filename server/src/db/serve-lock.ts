import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One collector serves one SQLite file: a second one would keep its own sign-in limits
 * and sessions' idle clocks. A lock file beside the database names the serving process;
 * one left by a process that died is taken over. Returns the release, or the refusal.
 */
export function lockServing(url: string): { release: () => void } | string {
  if (/^postgres(ql)?:\/\//.test(url) || url.endsWith(':memory:')) return { release: () => undefined };
  const lock = `${url.replace(/^sqlite:(\/\/)?/, '')}.serving`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return { release: () => rmSync(lock, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        return `Another collector (process ${pid}) already serves this database file. Stop it first; nothing was changed.`;
      }
      rmSync(lock, { force: true });
    }
  }
  return `Cannot take the lock ${lock}: remove it if no collector is running.`;
}
