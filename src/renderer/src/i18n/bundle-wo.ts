import { byNamespace } from './namespaces';

/** Every Wolof namespace, one chunk: fetched only when a window or a report uses Wolof. */
export default byNamespace(
  import.meta.glob<Record<string, unknown>>('../../../../locales/wo/*.json', { eager: true, import: 'default' }),
);
