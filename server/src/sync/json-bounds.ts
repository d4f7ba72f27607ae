/**
 * JSON.parse builds any depth without trouble, but JSON.stringify and recursive schema
 * checks overflow the stack on 10,000 nested arrays. This walk is iterative (an explicit
 * stack), so it can look at anything JSON.parse produced and say, before anything else
 * walks it, whether it is too deep or too big to handle.
 */
export interface JsonBounds {
  maxDepth: number;
  /** Values (objects, arrays, scalars) in the whole tree. */
  maxNodes: number;
}

/** A kiosk's records are a few levels deep; a whole request or bundle adds three (body, changes, change). */
export const BODY_BOUNDS: JsonBounds = { maxDepth: 20, maxNodes: 5_000_000 };

/**
 * Why `value` exceeds `bounds` (a sentence), or null when it fits. Values and their
 * depths wait on two plain stacks (no pair, no `Object.values` array per object): this
 * walk runs over every request body, a thousand changes each.
 */
export function jsonBoundsProblem(value: unknown, bounds: JsonBounds): string | null {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  let nodes = 0;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (++nodes > bounds.maxNodes) return `more than ${bounds.maxNodes} values`;
    if (v === null || typeof v !== 'object') continue;
    if (depth > bounds.maxDepth) return `nested deeper than ${bounds.maxDepth} levels`;
    if (Array.isArray(v)) {
      for (const child of v as unknown[]) {
        values.push(child);
        depths.push(depth + 1);
      }
    } else {
      // JSON.parse makes plain objects: every key `for…in` sees is their own.
      for (const key in v) {
        values.push((v as Record<string, unknown>)[key]);
        depths.push(depth + 1);
      }
    }
  }
  return null;
}
