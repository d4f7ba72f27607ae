/**
 * Checks for the values stored in settings (data/settings): a shape answers the value as
 * read, or NO when it is not of that shape. Written here rather than with zod because every
 * screen reads settings before its first paint, and zod (about 25 KB gzipped) is then
 * only downloaded by the screens that parse the record contract, when they do. Like
 * `z.object`, an object shape keeps only its own fields.
 */
export const NO: unique symbol = Symbol('not of the shape');
export type Shape<T> = (v: unknown) => T | typeof NO;
export type ShapeOf<S> = S extends Shape<infer T> ? T : never;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str =
  (max = Infinity, min = 0): Shape<string> =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max ? v : NO;
/** Any finite number. */
export const num: Shape<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NO);
/** A whole number ≥ 0. */
export const count: Shape<number> = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : NO);
export const bool: Shape<boolean> = (v) => (typeof v === 'boolean' ? v : NO);
export const literal =
  <L extends string | number | boolean>(l: L): Shape<L> =>
  (v) =>
    v === l ? l : NO;
/** A plain object whose fields are not checked (each is read on its own by its user). */
export const anyRecord: Shape<Record<string, unknown>> = (v) => (isRecord(v) ? v : NO);

export const nullable =
  <T>(s: Shape<T>): Shape<T | null> =>
  (v) =>
    v === null ? null : s(v);
export const optional =
  <T>(s: Shape<T>): Shape<T | undefined> =>
  (v) =>
    v === undefined ? undefined : s(v);
export const either =
  <A, B>(a: Shape<A>, b: Shape<B>): Shape<A | B> =>
  (v) => {
    const r = a(v);
    return r === NO ? b(v) : r;
  };
/** The value when of the shape, else `fallback` (like zod's `.catch`). */
export const orElse =
  <T>(s: Shape<T>, fallback: T): Shape<T> =>
  (v) => {
    const r = s(v);
    return r === NO ? fallback : r;
  };

export const listOf =
  <T>(item: Shape<T>, max: number): Shape<T[]> =>
  (v) => {
    if (!Array.isArray(v) || v.length > max) return NO;
    const out: T[] = [];
    for (const x of v as unknown[]) {
      const r = item(x);
      if (r === NO) return NO;
      out.push(r);
    }
    return out;
  };

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends ShapeOf<F[K]> ? K : never }[keyof F];
type Flat<T> = { [K in keyof T]: T[K] };
/** Fields whose shape allows undefined are optional keys. */
export type ObjectOf<F extends Fields> = Flat<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: ShapeOf<F[K]> } & { [K in OptionalKeys<F>]?: ShapeOf<F[K]> }
>;

export const object =
  <F extends Fields>(fields: F): Shape<ObjectOf<F>> =>
  (v) => {
    if (!isRecord(v)) return NO;
    const out: Record<string, unknown> = {};
    for (const [key, shape] of Object.entries(fields)) {
      const r = shape(v[key]);
      if (r === NO) return NO;
      if (r !== undefined) out[key] = r;
    }
    return out as ObjectOf<F>;
  };
