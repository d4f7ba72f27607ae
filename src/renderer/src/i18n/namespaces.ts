export type Namespaces = Record<string, Record<string, unknown>>;

/** `locales/<lang>/<ns>.json` files (as import.meta.glob gives them) keyed by namespace. */
export function byNamespace(files: Record<string, Record<string, unknown>>): Namespaces {
  const out: Namespaces = {};
  for (const [path, content] of Object.entries(files)) {
    const ns = /([^/]+)\.json$/.exec(path)?.[1];
    if (ns) out[ns] = content;
  }
  return out;
}
