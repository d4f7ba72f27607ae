#!/usr/bin/env node
// Lists every Wolof key in locales/wolof-review.json; new keys are added as
// "needs-review" so a native speaker can find them. Run after adding strings.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';

const REVIEW = 'locales/wolof-review.json';
const flatten = (obj, prefix, out) => {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out.push(key);
  }
  return out;
};
const review = existsSync(REVIEW) ? JSON.parse(readFileSync(REVIEW, 'utf8')) : {};
const keys = [];
for (const f of readdirSync('locales/wo')
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const ns = f.replace(/\.json$/, '');
  for (const k of flatten(JSON.parse(readFileSync(`locales/wo/${f}`, 'utf8')), '', [])) keys.push(`${ns}:${k}`);
}
const next = {};
let added = 0;
for (const k of keys) {
  next[k] = review[k] ?? 'needs-review';
  if (!review[k]) added += 1;
}
writeFileSync(REVIEW, JSON.stringify(next, null, 2) + '\n');
console.log(
  `${keys.length} Wolof strings, ${added} newly marked needs-review, ${Object.values(next).filter((v) => v === 'reviewed').length} reviewed`,
);
