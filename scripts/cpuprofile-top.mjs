/**
 * Where a `node --cpu-prof` run spent its time, without a viewer: the functions (and the
 * packages) with the most self time, or with `--inclusive` the most time on the stack.
 *   node scripts/cpuprofile-top.mjs CPU.….cpuprofile [--inclusive] [--top 40] [--match regexp]
 * Samples are wall time on the profiled thread: a function waiting on the disk inside a
 * native call (an SQLite commit) counts as busy, so compare with CPU time before acting.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const file = args.find((a) => a.endsWith('.cpuprofile'));
if (!file) {
  console.error('usage: node scripts/cpuprofile-top.mjs FILE.cpuprofile [--inclusive] [--top N] [--match RE]');
  process.exit(1);
}
const inclusive = args.includes('--inclusive');
const top = Number(flag('--top', 40));
const match = new RegExp(flag('--match', '.'));

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

/** tsx hands Node its compiled files as data: URLs; their real name is in the first bytes. */
function where(url) {
  if (url.startsWith('data:'))
    return decodeURIComponent(/__filename%3D%22(.*?)%22/.exec(url.slice(0, 400))?.[1] ?? '?');
  return url.replace(/^file:\/\//, '');
}
const short = (path) => path.replace(/.*node_modules\//, 'nm/').replace(`${process.cwd()}/`, '');
const nameOf = ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${short(where(f.url))}:${f.lineNumber + 1}`;
const packageOf = ({ callFrame: f }) =>
  short(where(f.url)).replace(/^(nm\/(@[^/]+\/)?[^/]+).*/, '$1') || f.functionName;

const byName = new Map();
const byPackage = new Map();
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
let busy = 0;
profile.samples.forEach((id, i) => {
  const t = profile.timeDeltas[i] ?? 0;
  if (nodes.get(id).callFrame.functionName === '(idle)') return;
  busy += t;
  add(byPackage, packageOf(nodes.get(id)), t);
  if (!inclusive) return add(byName, nameOf(nodes.get(id)), t);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = nameOf(nodes.get(at));
    if (!seen.has(name)) add(byName, name, t);
    seen.add(name);
  }
});

const rows = (map) =>
  [...map]
    .filter(([k]) => match.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`busy ${(busy / 1000).toFixed(0)} ms (idle left out)`);
if (!inclusive) console.log(`\nself time by package or file\n${rows(byPackage)}`);
console.log(`\n${inclusive ? 'inclusive' : 'self'} time by function\n${rows(byName)}`);
