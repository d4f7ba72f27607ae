import type { z } from 'zod';
import { eventSchema } from './event';
import { pledgeSchema } from './pledge';
import { pollAnswerSchema, pollSchema } from './poll';
import { questionSchema } from './question';
import { screeningSchema } from './screening';
import { voteSchema } from './vote';
import type { SyncTableName } from './sync-tables';

export * from './fields';
export * from './screening';
export * from './question';
export * from './pledge';
export * from './event';
export * from './topic';
export * from './vote';
export * from './merge';
export * from './poll';
export * from './sync-tables';
export * from './audio-of';

/**
 * One contract from kiosk to collector: the synced tables and the schema of each one's
 * records. The kiosk's data module stores these types, the wire carries them, the
 * collector parses them (strict: an unknown field is refused) and exports them.
 */
export const SYNCED_SCHEMAS = {
  screenings: screeningSchema,
  questions: questionSchema,
  pledges: pledgeSchema,
  events: eventSchema,
  votes: voteSchema,
  polls: pollSchema,
  pollAnswers: pollAnswerSchema,
} as const satisfies Record<SyncTableName, z.ZodType>;

/** The record type stored in each synced table. */
export type SyncedRecords = { [T in SyncTableName]: z.infer<(typeof SYNCED_SCHEMAS)[T]> };

/** A record with the table it belongs to, as the outbox and the wire carry it. */
export type TableRecord = { [T in SyncTableName]: { table: T; payload: SyncedRecords[T] } }[SyncTableName];
