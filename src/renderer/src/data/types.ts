/**
 * Records stored on the kiosk. Every synced record carries `rev` (bumped on each
 * change) and `updatedAt` (device clock); the collector upserts by id and rev.
 */
export type Phase = 'setup' | 'screening' | 'debate' | 'pledges' | 'closed';
export const PHASES: readonly Phase[] = ['setup', 'screening', 'debate', 'pledges', 'closed'];

export interface Synced {
  id: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export interface Place {
  town: string;
  venue: string;
  region: string;
  country: string;
}

export interface Attendance {
  women: number;
  men: number;
  youth: number;
  adults: number;
}

export interface Screening extends Synced {
  kioskId: string;
  place: Place;
  /** The date the facilitator confirmed (ISO date), separate from the device clock. */
  date: string;
  startedAt?: string;
  endedAt?: string;
  phase: Phase;
  filmId: string;
  facilitators: string[];
  panelists: string[];
  attendance: Attendance;
  notes: string;
}

export type QuestionStatus = 'pending' | 'approved' | 'on_stage' | 'answered' | 'dismissed';
export type ContentLang = 'fr' | 'wo' | 'other';
/** Every status and content language, in the order the console and the reports list them. */
export const QUESTION_STATUSES: readonly QuestionStatus[] = [
  'pending',
  'approved',
  'on_stage',
  'answered',
  'dismissed',
];
export const CONTENT_LANGS: readonly ContentLang[] = ['fr', 'wo', 'other'];

export interface Question extends Synced {
  screeningId: string;
  text: string;
  /** sha-256 of the recording in `blobs`, for spoken questions. */
  audioHash?: string;
  audioDurationSec?: number;
  language: ContentLang;
  askerName?: string;
  status: QuestionStatus;
  panelist?: string;
  dismissReason?: string;
  /** ISO time of each transition, keyed by the status entered. */
  statusAt: Partial<Record<QuestionStatus, string>>;
}

export type PledgeKind = 'share_message' | 'own_story' | 'other';
export const PLEDGE_KINDS: readonly PledgeKind[] = ['share_message', 'own_story', 'other'];

export interface Pledge extends Synced {
  screeningId: string;
  kind: PledgeKind;
  text: string;
  audioHash?: string;
  audioDurationSec?: number;
  language: ContentLang;
  firstName?: string;
  /** Contact details exist only with recorded consent. */
  contact?: { name: string; phone: string; consentVersion: string; consentAt: string };
  /** Set when the kiosk erased `contact` locally after its retention period (the collector keeps it). */
  contactPurgedAt?: string;
  followUp: 'none' | 'to_contact' | 'contacted';
}

export interface KioskEvent {
  id: string;
  screeningId: string;
  at: string;
  type: string;
  /** Small structured detail: positions, question ids, reasons. */
  data: Record<string, unknown>;
}

export interface AudioBlob {
  hash: string;
  mime: string;
  size: number;
  data: Blob;
  createdAt: string;
}

export type SyncedTable = 'screenings' | 'questions' | 'pledges' | 'events';

export interface OutboxEntry {
  seq?: number;
  table: SyncedTable;
  recordId: string;
  rev: number;
  /** Snapshot of the record as written, so the batch needs no second read. */
  payload: unknown;
  at: string;
}

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
