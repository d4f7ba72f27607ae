import { hex } from '@shared/hex';
import { db } from '../db';
import { nowIso } from '../ids';
import type { AudioBlob, SyncedRecords } from '../types';
import { insertSynced, type Draft } from '../write';

/**
 * Recordings (spoken questions and pledges), keyed by the sha-256 of their bytes: the
 * same recording is stored once, and the collector can verify what it receives (audio
 * is uploaded separately, `PUT` by hash). Local only until sync; works offline.
 */

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * Reads and hashes a recording before any transaction opens: WebCrypto is not an
 * IndexedDB operation, and awaiting it inside a Dexie transaction would commit it early.
 */
export async function prepareBlob(data: Blob): Promise<AudioBlob> {
  const bytes = await data.arrayBuffer();
  const mime = data.type || 'application/octet-stream';
  return {
    hash: await sha256Hex(bytes),
    mime,
    size: bytes.byteLength,
    data: new Blob([bytes], { type: mime }),
    createdAt: nowIso(),
  };
}

/** Stores a prepared recording (idempotent: same bytes, same row). Call inside the write's transaction. */
export async function putBlob(row: AudioBlob): Promise<void> {
  const existing = await db().blobs.get(row.hash);
  if (!existing) await db().blobs.add(row);
}

export async function getBlob(hash: string): Promise<AudioBlob | undefined> {
  return db().blobs.get(hash);
}

/** A spoken entry as the kiosk recorded it. */
export interface Recording {
  data: Blob;
  durationSec: number;
}

export interface PreparedRecording {
  row: AudioBlob;
  /** What the question or pledge carries of it: the hash and the length (0.1 s). */
  fields: { audioHash: string; audioDurationSec: number };
}

export async function prepareRecording(audio: Recording | undefined): Promise<PreparedRecording | undefined> {
  if (!audio) return undefined;
  const row = await prepareBlob(audio.data);
  return { row, fields: { audioHash: row.hash, audioDurationSec: Math.round(audio.durationSec * 10) / 10 } };
}

/**
 * Inserts an attendee's entry and its recording (if any) with the outbox entry, in one
 * transaction: a question never points at audio that was not stored, and vice versa.
 */
export async function insertWithRecording<N extends 'questions' | 'pledges'>(
  table: N,
  record: Draft<SyncedRecords[N]>,
  recording: PreparedRecording | undefined,
): Promise<SyncedRecords[N]> {
  const d = db();
  return d.transaction('rw', [d[table], d.blobs, d.outbox], async () => {
    if (recording) await putBlob(recording.row);
    return insertSynced(table, recording ? { ...record, ...recording.fields } : record);
  });
}
