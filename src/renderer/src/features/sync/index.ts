export { SyncPanel } from './SyncPanel';
export { SyncBadge } from './SyncBadge';
export { CollectorSettings } from './CollectorSettings';
export { readStatus } from './device';
