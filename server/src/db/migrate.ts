import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { CollectorDb } from './connect';
import { init } from './migrations/0001-init';
import { codeForKiosk } from './migrations/0002-code-for-kiosk';
import { staff } from './migrations/0003-staff';

/** Migrations as code, in order; never edit one that has shipped, append the next. */
function provider(kind: CollectorDb['kind']): MigrationProvider {
  return {
    getMigrations: async (): Promise<Record<string, Migration>> => ({
      '0001-init': init(kind),
      '0002-code-for-kiosk': codeForKiosk,
      '0003-staff': staff,
    }),
  };
}

/** Brings the database to the latest schema; throws with the failing migration's error. */
export async function migrateToLatest({ db, kind }: CollectorDb): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider: provider(kind) }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
