import { KioskBar } from './KioskBar';
import { KioskHome } from './KioskHome';

/**
 * The welcome screen as it first paints, before the database has loaded: the same screen
 * the kiosk shows while it reads the screening (its choices wait, disabled). It reads no
 * data, so nothing of the console's can show here.
 */
export function KioskWelcome() {
  const none = () => undefined;
  return (
    <div className="kiosk__frame">
      <KioskBar />
      <main className="kiosk__main">
        <KioskHome open={false} loading onAsk={none} onPledge={none} />
      </main>
    </div>
  );
}
