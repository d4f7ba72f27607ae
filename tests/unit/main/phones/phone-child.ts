import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Starts the phone server in a child process (phone-server-child.ts) so a test can kill
 * it (SIGKILL) between a journal write and the console's ack; resolves with its join link.
 */
export function startChild(journalDir: string, port: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve('tests/unit/main/phones/phone-server-child.ts'), journalDir, String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise<{ url: string; kill: () => Promise<void> }>((ok, ko) => {
    child.stdout.on('data', (b: Buffer) => {
      const line = b.toString().trim();
      if (!line.startsWith('http')) return ko(new Error(line));
      ok({
        url: line,
        kill: () => new Promise((done) => child.once('exit', () => done()).kill('SIGKILL')),
      });
    });
  });
}
