/** SQL `IN (…)` lists and multi-row inserts stay under every driver's parameter limit. */
const CHUNK = 400;

export const chunks = <T>(list: T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
