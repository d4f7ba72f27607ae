/**
 * The collector's commands, their arguments and options, as one table: the usage texts
 * (`--help`, `-h`, `help <command>`) and the checks are both made from it, so adding an
 * option to a command is one line in COMMANDS. Parsing never throws: every bad argument
 * becomes a plain sentence for the person at the terminal, with the command's usage.
 */

type Kind = 'text' | 'hours' | 'format' | 'flag';
interface Option {
  kind: Kind;
  help: string;
  default?: string | boolean;
}
interface Command {
  summary: string;
  /** Positional arguments, all required, as shown in the usage (`<deviceId>`). */
  args: string[];
  options: Record<string, Option>;
}

export const FORMATS = ['table', 'csv', 'json'] as const;

export const COMMANDS = {
  serve: { summary: 'Runs the collector service (address and database from the environment).', args: [], options: {} },
  migrate: { summary: 'Brings the database to the latest schema, then stops.', args: [], options: {} },
  'enroll-code': {
    summary: 'Prints a one-time code a kiosk types in to enroll.',
    args: [],
    options: {
      label: { kind: 'text', default: 'kiosk', help: 'a name for the kiosk, e.g. "Kolda"' },
      'ttl-hours': { kind: 'hours', default: '72', help: 'hours the code stays usable (more than 0)' },
      'for-kiosk': { kind: 'text', help: 'the id of a kiosk already enrolled here, to enroll it again' },
    },
  },
  devices: { summary: 'Lists enrolled devices, their last sync and clock offset.', args: [], options: {} },
  revoke: { summary: "Withdraws a device's token at once.", args: ['deviceId'], options: {} },
  'import-bundle': { summary: "Imports a kiosk's USB bundle (*.mambundle).", args: ['file'], options: {} },
  screenings: {
    summary: 'Every screening from every kiosk, with counts.',
    args: [],
    options: {
      format: { kind: 'format', default: 'table', help: `output format: ${FORMATS.join(', ')}` },
      out: { kind: 'text', help: 'write to this file instead of the terminal' },
      'with-contacts': { kind: 'flag', default: false, help: 'include consented contact details (json)' },
    },
  },
  'staff-add': {
    summary: 'Adds a staff account for the dashboard; the password is read from standard input.',
    args: [],
    options: {
      email: { kind: 'text', help: 'the sign-in e-mail address' },
      name: { kind: 'text', help: 'the name shown in the dashboard and the audit log' },
      role: {
        kind: 'text',
        default: 'analyst',
        help: 'admin (staff, devices, contacts) or analyst (figures, exports)',
      },
    },
  },
  backup: {
    summary: "Copies the collector's SQLite database to a new file, even while serving.",
    args: ['file'],
    options: {},
  },
  restore: {
    summary: 'Replaces the database with a backup (not while serving); keeps the old one beside it.',
    args: ['file'],
    options: {},
  },
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;
export type Values = Record<string, string | boolean | undefined>;

export type Parsed =
  | { kind: 'run'; command: CommandName; args: string[]; values: Values }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string; usage: string };

const isCommand = (s: string | undefined): s is CommandName => !!s && Object.hasOwn(COMMANDS, s);
const spec = (name: CommandName): Command => COMMANDS[name];

/** The list of commands (no command, or `--help` alone). */
export function generalUsage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: collector <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "collector help <command>" or "collector <command> --help" for its options.',
  ].join('\n');
}

/** One command's usage: its arguments and every option with its default. */
export function commandUsage(name: CommandName): string {
  const c = spec(name);
  const opts = Object.entries(c.options).map(([o, s]) => {
    const value = s.kind === 'flag' ? '' : ` <${s.kind === 'hours' ? 'hours' : 'value'}>`;
    const dflt = s.default === undefined || s.kind === 'flag' ? '' : ` (default: ${String(s.default)})`;
    return `  --${o}${value}`.padEnd(24) + `  ${s.help}${dflt}`;
  });
  const args = c.args.map((a) => ` <${a}>`).join('');
  const usage = `Usage: collector ${name}${args}${opts.length ? ' [options]' : ''}`;
  return [usage, '', c.summary, ...(opts.length ? ['', 'Options:', ...opts] : [])].join('\n');
}

/** Why a value is wrong for its option, or null when it is right. */
function badValue(kind: Kind, value: string): string | null {
  if (kind === 'hours') {
    const n = Number(value);
    return /^\s*$/.test(value) || !Number.isFinite(n) || n <= 0 ? 'must be a number of hours above 0' : null;
  }
  if (kind === 'format') return (FORMATS as readonly string[]).includes(value) ? null : `must be ${FORMATS.join(', ')}`;
  return value.trim() === '' ? 'must not be empty' : null;
}

/** Reads `argv` (without node and the script) against COMMANDS. */
export function parseCli(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { kind: 'help', text: generalUsage() };
  if (first === 'help') {
    if (rest.length === 0) return { kind: 'help', text: generalUsage() };
    if (isCommand(rest[0])) return { kind: 'help', text: commandUsage(rest[0]) };
    return { kind: 'error', message: `Unknown command "${rest[0]}".`, usage: generalUsage() };
  }
  if (!isCommand(first)) return { kind: 'error', message: `Unknown command "${first}".`, usage: generalUsage() };
  const c = spec(first);
  const fail = (message: string): Parsed => ({ kind: 'error', message, usage: commandUsage(first) });
  const values: Values = Object.fromEntries(Object.entries(c.options).map(([k, o]) => [k, o.default]));
  const args: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (token === '--help' || token === '-h') return { kind: 'help', text: commandUsage(first) };
    if (!token.startsWith('-') || token === '-') {
      args.push(token);
      continue;
    }
    const [name, inline] = token.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const o = Object.hasOwn(c.options, name) ? c.options[name]! : undefined;
    if (!token.startsWith('--') || !o) return fail(`Unknown option "${token}" for ${first}.`);
    if (o.kind === 'flag') {
      if (inline !== undefined) return fail(`--${name} takes no value.`);
      values[name] = true;
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return fail(`--${name} needs a value.`);
    const why = badValue(o.kind, value);
    if (why) return fail(`--${name} ${why} (got "${value}").`);
    values[name] = value;
  }
  if (args.length < c.args.length) return fail(`${first} needs <${c.args[args.length]}>.`);
  if (args.length > c.args.length) return fail(`Unexpected argument "${args[c.args.length]}".`);
  return { kind: 'run', command: first, args, values };
}
