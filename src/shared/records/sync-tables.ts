/** The synced tables, in the order the contract lists them (index.ts gives each its schema). */
export const SYNC_TABLES = ['screenings', 'questions', 'pledges', 'events', 'votes', 'polls', 'pollAnswers'] as const;
export type SyncTableName = (typeof SYNC_TABLES)[number];
