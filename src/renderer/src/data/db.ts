import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AudioBlob,
  KioskEvent,
  OutboxEntry,
  PlaybackState,
  Pledge,
  Poll,
  PollAnswer,
  Question,
  Screening,
  Setting,
  Vote,
} from './types';
import { DB_NAME } from './db-name';
import { v1 } from './schema/v1';
import { v2 } from './schema/v2';
import { v3 } from './schema/v3';
import { v4 } from './schema/v4';
import { v5 } from './schema/v5';
import { v6 } from './schema/v6';
import { v7 } from './schema/v7';
import { v8 } from './schema/v8';
import { v9 } from './schema/v9';
import { questionAggregates, TALLIES, type Tally } from './tally';
import { SUMS } from './sums';
import { outboxCount, type Counter } from './outbox-count';
import { announce } from './announce';
import type { QuestionSumRow } from './question-sums';

export { DB_NAME };

export class KioskDB extends Dexie {
  screenings!: EntityTable<Screening, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  pledges!: EntityTable<Pledge, 'id'>;
  events!: EntityTable<KioskEvent, 'id'>;
  blobs!: EntityTable<AudioBlob, 'hash'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  settings!: EntityTable<Setting, 'key'>;
  playback!: EntityTable<PlaybackState, 'screeningId'>;
  votes!: EntityTable<Vote, 'id'>;
  polls!: EntityTable<Poll, 'id'>;
  pollAnswers!: EntityTable<PollAnswer, 'id'>;
  tallies!: EntityTable<Tally, 'screeningId'>;
  questionSums!: Table<QuestionSumRow, [string, string]>;
  counters!: EntityTable<Counter, 'name'>;

  constructor(name = DB_NAME) {
    // Strict durability: a power cut is harsher than a killed process, and Chromium's
    // default ("relaxed") can lose what an attendee was told is saved.
    super(name, { chromeTransactionDurability: 'strict' });
    v1(this);
    v2(this);
    v3(this);
    v4(this);
    v5(this);
    v6(this);
    v7(this);
    v8(this);
    v9(this);
    // Question counts (data/tally.ts) and what reports need from the questions (data/sums.ts),
    // kept in the same transaction as each question write, from one read of the old rows.
    this.use(questionAggregates([TALLIES, SUMS]));
    // The outbox's size (data/outbox-count.ts), kept with each outbox write for the sync badge.
    this.use(outboxCount());
    // Other windows hear of each commit before this one re-reads its own live queries (data/announce.ts).
    this.use(announce());
  }
}

let instance: KioskDB | null = null;

/** The one database of this origin, shared by every window through liveQuery. */
export function db(): KioskDB {
  instance ??= new KioskDB();
  return instance;
}

/** Tests only: use a fresh database. */
export function setDbForTests(next: KioskDB | null): void {
  instance = next;
}
