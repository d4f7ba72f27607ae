/**
 * Records stored on the kiosk. The synced ones (screenings, questions, pledges, events)
 * are the contract in src/shared/records: one schema per record, the same types here,
 * on the wire and at the collector. Every synced record carries `rev` (bumped on each
 * change) and `updatedAt` (device clock); the collector upserts by id and rev.
 */
export { CONTENT_LANGS, PLEDGE_KINDS, QUESTION_STATUSES } from '@shared/records/constants';
export type {
  Attendance,
  ContentLang,
  EventData,
  EventOf,
  EventType,
  KioskEvent,
  Phase,
  Place,
  Pledge,
  Poll,
  PollAnswer,
  PledgeKind,
  Question,
  QuestionStatus,
  Screening,
  Synced,
  SyncedRecords,
  SyncTableName,
  Vote,
} from '@shared/records';
import type { SyncedRecords, SyncTableName } from '@shared/records';

export interface AudioBlob {
  hash: string;
  mime: string;
  size: number;
  data: Blob;
  createdAt: string;
}

/** One queued change per write; `payload` is the snapshot of the record as written, so the batch needs no second read. */
export type OutboxEntry = {
  [T in SyncTableName]: {
    seq?: number;
    table: T;
    recordId: string;
    rev: number;
    payload: SyncedRecords[T];
    at: string;
  };
}[SyncTableName];

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * Where the film was in each screening: local only, never synced. Two writers, never
 * the same field: the console writes what it wants (filmId, playing, subtitles,
 * volume, seek*, updatedAt), the stage writes what happened (positionSec, durationSec,
 * positionAt, stageError).
 */
export interface PlaybackState {
  screeningId: string;
  filmId: string;
  positionSec: number;
  playing: boolean;
  /** `off` or the language of the subtitle track to show. */
  subtitles: string;
  volume: number;
  updatedAt: string;
  /** Bumped by each seek the console asks for; the stage applies a sequence number once. */
  seekSeq: number;
  seekToSec: number;
  durationSec?: number;
  /** When the stage last wrote positionSec. */
  positionAt?: string;
  /** Set by the stage when the film cannot play (media error code), cleared when it plays. */
  stageError?: string | null;
}

/** Every IndexedDB store of the kiosk and the row it holds (data/db declares the same). */
export interface KioskTables extends SyncedRecords {
  blobs: AudioBlob;
  outbox: OutboxEntry;
  settings: Setting;
  playback: PlaybackState;
}
