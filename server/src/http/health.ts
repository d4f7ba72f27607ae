import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** For monitoring: 200 when the service answers and its database does, 503 otherwise. */
export function registerHealth(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/health', async (_req, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ok', database: 'ok', time: new Date().toISOString() };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
