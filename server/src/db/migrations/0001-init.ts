import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectKind } from '../connect';

/** First schema: devices and their enrollment, records by (table, id), audio, sync log. */
export function init(kind: DialectKind): Migration {
  const bytes = kind === 'postgres' ? sql`bytea` : sql`blob`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kiosk_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('bundle_key', 'text', (c) => c.notNull())
        .addColumn('enrolled_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('last_sync_at', 'text')
        .addColumn('clock_offset_ms', 'bigint')
        .execute();
      await db.schema
        .createTable('enrollment_codes')
        .addColumn('code_hash', 'text', (c) => c.primaryKey())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('device_id', 'text')
        .execute();
      await db.schema
        .createTable('records')
        .addColumn('tbl', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kiosk_id', 'text', (c) => c.notNull())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('screening_id', 'text')
        .addColumn('clock_offset_ms', 'bigint')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['tbl', 'id'])
        .execute();
      await db.schema.createIndex('records_screening').on('records').columns(['screening_id', 'tbl']).execute();
      await db.schema
        .createTable('blobs')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('data', bytes, (c) => c.notNull())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sync_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('device_time', 'text')
        .addColumn('clock_offset_ms', 'bigint')
        .addColumn('changes', 'integer', (c) => c.notNull())
        .addColumn('applied', 'integer', (c) => c.notNull())
        .addColumn('last_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sync_log_device').on('sync_log').columns(['device_id', 'at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['sync_log', 'blobs', 'records', 'enrollment_codes', 'devices']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
