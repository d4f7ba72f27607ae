import { byNamespace } from './namespaces';

/** Every French namespace, one chunk: fetched at start when French is in use (the default). */
export default byNamespace(
  import.meta.glob<Record<string, unknown>>('../../../../locales/fr/*.json', { eager: true, import: 'default' }),
);
