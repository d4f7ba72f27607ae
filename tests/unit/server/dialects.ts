import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startPostgres, type TestPostgres } from '../../support/postgres';
import {
  freshPgDatabase,
  sqliteUrl,
  startCollector,
  type Collector,
  type CollectorSettings,
  type Kind,
} from './harness';

export const KINDS: Kind[] = ['sqlite', 'postgres'];

let pg: TestPostgres | null = null;
let dbCount = 0;

/** Starts this file's PostgreSQL cluster once; a failure to start fails the tests. */
export function usePostgresCluster(): void {
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(() => pg?.stop());
}

export async function databaseUrl(kind: Kind): Promise<string> {
  if (kind === 'sqlite') return sqliteUrl();
  if (!pg) throw new Error('PostgreSQL did not start');
  return freshPgDatabase(pg.url, `t${process.pid}_${++dbCount}`);
}

/** A fresh collector over a fresh database of this kind for each test. */
export function useCollector(kind: Kind, requestsPerMinute?: number, settings?: CollectorSettings): () => Collector {
  let c: Collector | null = null;
  beforeEach(async () => {
    c = await startCollector(await databaseUrl(kind), requestsPerMinute, 0, settings);
  });
  afterEach(async () => {
    await c?.close();
    c = null;
  });
  return () => c!;
}
