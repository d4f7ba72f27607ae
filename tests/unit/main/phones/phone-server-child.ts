// A phone server in its own process, so a test can kill it (SIGKILL) between the
// journal write and the console's ack. Args: journal dir, port.
import { access } from './phone-fixture';

const [journalDir, port] = process.argv.slice(2);
const phones = access(journalDir!, Number(port), 100);
void phones.start('SCREENING1', '127.0.0.1').then((r) => {
  process.stdout.write(`${r.ok ? r.value.url : `failed ${r.code}`}\n`);
});
