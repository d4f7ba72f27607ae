/** The benches' printed tables: one row per measure, one column per CPU rate (median, p95, ratio). */
import { CPU_RATES } from './bench-browser';

export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

/** One row: median, p95 and the ratio of medians to `base` when given. */
export function row(label: string, at: (rate: number) => { xs: number[]; base?: number[] }, width = 36) {
  const cells = CPU_RATES.map((rate) => {
    const { xs, base } = at(rate);
    const ratio = base ? `×${(pct(xs, 0.5) / pct(base, 0.5)).toFixed(1)}` : '';
    return `${ms(pct(xs, 0.5))} p95 ${ms(pct(xs, 0.95))} ${ratio.padStart(5)}`.padEnd(40);
  });
  console.log(`  ${label.padEnd(width)} ${cells.join('')}`);
}

export const header = (width = 36) =>
  console.log(`  ${''.padEnd(width)} ${CPU_RATES.map((r) => `CPU ×${r}: median, p95, ×`.padEnd(40)).join('')}`);

/** One row of ratios to `base`: median to median and p95 to p95, per CPU rate. */
export function ratioRow(label: string, at: (rate: number) => { xs: number[]; base: number[] }, width = 36) {
  const cells = CPU_RATES.map((rate) => {
    const { xs, base } = at(rate);
    const r = (p: number) => `×${(pct(xs, p) / pct(base, p)).toFixed(1)}`;
    return `median ${r(0.5).padStart(6)}   p95 ${r(0.95).padStart(6)}`.padEnd(40);
  });
  console.log(`  ${label.padEnd(width)} ${cells.join('')}`);
}

/** One row of plain counts (no timing), per CPU rate. */
export function countRow(label: string, at: (rate: number) => string, width = 36) {
  console.log(`  ${label.padEnd(width)} ${CPU_RATES.map((rate) => at(rate).padEnd(40)).join('')}`);
}
