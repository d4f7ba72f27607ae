import { startWebServer } from '../../scripts/serve-web';

/** Serves the built renderer for the whole run; `npm test` builds it first. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startWebServer({ port: Number(process.env.E2E_PORT ?? 5199) });
  return () => new Promise((done) => server.close(() => done()));
}
