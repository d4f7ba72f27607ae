// A real IndexedDB implementation for the data module's tests (Node has none).
import 'fake-indexeddb/auto';
