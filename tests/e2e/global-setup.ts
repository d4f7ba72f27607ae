import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebServer } from '../../scripts/serve-web';

/** Serves the built renderer for the whole run; `npm test` builds it first. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 5199);
  // Phones get their own port (E2E_PHONE_PORT, or the page's + 30) and a fresh journal per run.
  const server = await startWebServer({
    port,
    phonePort: Number(process.env.E2E_PHONE_PORT ?? port + 30),
    phoneJournalDir: mkdtempSync(join(tmpdir(), 'e2e-phones-')),
  });
  return () => new Promise((done) => server.close(() => done()));
}
