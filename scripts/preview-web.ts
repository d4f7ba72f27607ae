// `npm run preview:web`: the kiosk in any browser on this machine (or the LAN with HOST=0.0.0.0).
import { startWebServer } from './serve-web';

const port = Number(process.env.PORT ?? 5174);
const host = process.env.HOST ?? '127.0.0.1';
void startWebServer({ port, host, phonePort: Number(process.env.PHONE_PORT ?? 5480) }).then(() =>
  console.log(`Kiosk (browser platform): http://${host}:${port}/#/console`),
);
