import type { Generated } from 'kysely';

/** Tables of the collector. Times are ISO-8601 text in UTC (collector clock) in both dialects. */
export interface DevicesTable {
  id: string;
  kiosk_id: string;
  label: string;
  token_hash: string;
  bundle_key: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_seq: Generated<number>;
  last_sync_at: string | null;
  clock_offset_ms: number | null;
}

export interface EnrollmentCodesTable {
  code_hash: string;
  label: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  device_id: string | null;
  /** Set for a code staff made to enroll this existing kiosk again; null for a new kiosk. */
  for_kiosk: string | null;
}

export interface RecordsTable {
  tbl: string;
  id: string;
  /** The kiosk that created the record: only devices of that kiosk may change it. */
  kiosk_id: string;
  device_id: string;
  rev: number;
  payload: string;
  screening_id: string | null;
  /** Device clock offset (device − collector, ms) seen when this revision arrived; null from a bundle. */
  clock_offset_ms: number | null;
  received_at: string;
}

export interface BlobsTable {
  hash: string;
  mime: string;
  size: number;
  data: Uint8Array;
  device_id: string;
  received_at: string;
}

export interface SyncLogTable {
  id: string;
  device_id: string;
  source: string;
  at: string;
  device_time: string | null;
  clock_offset_ms: number | null;
  changes: number;
  applied: number;
  last_seq: number;
}

export type StaffRole = 'admin' | 'analyst';

export interface StaffTable {
  id: string;
  /** Lower-cased: the sign-in name. */
  email: string;
  name: string;
  role: StaffRole;
  /** argon2id (PHC string); the password itself is never stored. */
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface StaffSessionsTable {
  /** sha-256 of the cookie's token: a copy of the table opens no session. */
  token_hash: string;
  staff_id: string;
  /** The form token every change must carry (synchronizer token). */
  csrf: string;
  created_at: string;
  last_seen_at: string;
}

export interface StaffAuditTable {
  id: string;
  staff_id: string;
  staff_email: string;
  at: string;
  action: string;
  /** JSON: the filter and format of the export. */
  detail: string;
}

export interface Database {
  devices: DevicesTable;
  enrollment_codes: EnrollmentCodesTable;
  records: RecordsTable;
  blobs: BlobsTable;
  sync_log: SyncLogTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  staff_audit: StaffAuditTable;
}
