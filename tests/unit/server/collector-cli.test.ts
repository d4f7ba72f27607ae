import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The real command line, as staff run it (`npx tsx server/src/cli.ts …`), on its own SQLite file. */
const dir = mkdtempSync(join(tmpdir(), 'collector-cli-'));
const TSX = resolve('node_modules/.bin/tsx');
const ENV = { ...process.env, COLLECTOR_DATABASE_URL: join(dir, 'collector.sqlite') };
// Each run starts Node and tsx (1–2 s on a loaded machine): the slow tests get room.
const SLOW = 120_000;

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['server/src/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same, several at once. */
function cliAsync(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = execFile(
      TSX,
      ['server/src/cli.ts', ...args],
      { encoding: 'utf8', timeout: 60_000, env: ENV },
      (_e, out, err) => done({ code: child.exitCode, out, err }),
    );
  });
}

/** No stack trace, no Node error code: what a person at a terminal can read. */
function expectPlain(text: string) {
  expect(text).not.toMatch(/\n\s+at |ERR_|TypeError|RangeError|Invalid time value/);
}

describe('collector command line', () => {
  it(
    'prints the list of commands for --help, -h and help; a usage per command',
    () => {
      for (const args of [['--help'], ['-h'], ['help']]) {
        const r = cli(...args);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/^Usage: collector <command>/);
        for (const c of ['serve', 'enroll-code', 'devices', 'revoke', 'import-bundle', 'screenings'])
          expect(r.out).toContain(`  ${c} `);
      }
      const enroll = cli('help', 'enroll-code');
      expect(enroll.code).toBe(0);
      expect(enroll.out).toContain('Usage: collector enroll-code [options]');
      expect(enroll.out).toMatch(/--ttl-hours <hours>.*\(default: 72\)/);
      expect(enroll.out).toMatch(/--label <value>/);
      const screenings = cli('screenings', '--help');
      expect(screenings.code).toBe(0);
      expect(screenings.out).toMatch(/--format <value>.*table, csv, json/);
      expect(screenings.out).toContain('--with-contacts');
      expect(cli('revoke', '-h').out).toContain('Usage: collector revoke <deviceId>');
    },
    SLOW,
  );

  it(
    'refuses unknown options and bad values in a sentence, with the usage, and exits non-zero',
    async () => {
      const cases: [string[], string][] = [
        [['enroll-code', '--ttl-hours', 'abc'], '--ttl-hours must be a number of hours above 0 (got "abc").'],
        [['enroll-code', '--ttl-hours', '-5'], '--ttl-hours must be a number of hours above 0 (got "-5").'],
        [['enroll-code', '--ttl-hours=0'], '--ttl-hours must be a number of hours above 0 (got "0").'],
        [['enroll-code', '--ttl-hours'], '--ttl-hours needs a value.'],
        [['enroll-code', '--label', '--ttl-hours', '3'], '--label needs a value.'],
        [['enroll-code', '--verbose'], 'Unknown option "--verbose" for enroll-code.'],
        [['devices', '--format', 'csv'], 'Unknown option "--format" for devices.'],
        [['screenings', '--format', 'xml'], '--format must be table, csv, json (got "xml").'],
        [['screenings', '--with-contacts=yes'], '--with-contacts takes no value.'],
        [['revoke'], 'revoke needs <deviceId>.'],
        [['import-bundle'], 'import-bundle needs <file>.'],
        [['devices', 'extra'], 'Unexpected argument "extra".'],
        [['enrol-code'], 'Unknown command "enrol-code".'],
        [['help', 'nothing'], 'Unknown command "nothing".'],
      ];
      const results = await Promise.all(cases.map(([args]) => cliAsync(args)));
      for (const [i, [args, message]] of cases.entries()) {
        const r = results[i]!;
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.err.split('\n')[0], args.join(' ')).toBe(message);
        expect(r.err).toContain('Usage: collector');
        expectPlain(r.err);
        expect(r.out).toBe('');
      }
    },
    SLOW,
  );

  it(
    'still does the work with good arguments, and says plainly when a file is missing',
    () => {
      const ok = cli('enroll-code', '--label', 'Kolda', '--ttl-hours', '1.5');
      expect(ok.code).toBe(0);
      expect(ok.out).toMatch(
        /^Enrollment code \(one use, 1\.5 h, for a kiosk new to this collector\): [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\n$/,
      );
      const again = cli('enroll-code', '--for-kiosk', 'KIOSK-A');
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/^Enrollment code \(one use, 72 h, for kiosk KIOSK-A only\): /);
      const missing = cli('import-bundle', join(dir, 'nowhere.mambundle'));
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('Cannot read the file');
      expectPlain(missing.err);
      const none = cli('revoke', 'DEVICE-NOT-THERE');
      expect(none.code).toBe(1);
      expect(none.err.trim()).toBe('No device DEVICE-NOT-THERE.');
    },
    SLOW,
  );
});
