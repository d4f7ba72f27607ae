import type { Kysely, Migration } from 'kysely';

/** An enrollment code may be made for one existing kiosk: only such a code enrolls it again. */
export const codeForKiosk: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('enrollment_codes').addColumn('for_kiosk', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('enrollment_codes').dropColumn('for_kiosk').execute();
  },
};
