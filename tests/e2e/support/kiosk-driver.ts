import type { Page } from '@playwright/test';

export interface Entry {
  kind: 'question' | 'pledge';
  text: string;
  firstName?: string;
}

/** What happened to an entry: saved (thank-you shown) or refused (the alert's text). */
export type Outcome = ({ saved: true; value: string } | { saved: false; alert: string }) & {
  /** When the last tap (send) was made: performance.timeOrigin + now, one clock for every window. */
  sentAt: number;
};

// The few DOM shapes used inside the page (the e2e project compiles without DOM types).
interface El {
  textContent: string | null;
  disabled?: boolean;
  value: string;
  getAttribute(n: string): string | null;
  click(): void;
  dispatchEvent(e: unknown): boolean;
}
interface Doc {
  body: unknown;
  querySelector(s: string): El | null;
  querySelectorAll(s: string): Iterable<El>;
}
interface Win {
  document: Doc;
  performance: { timeOrigin: number; now(): number };
  Event: new (type: string, init: { bubbles: boolean }) => unknown;
  MutationObserver: new (cb: () => void) => { observe(n: unknown, o: object): void; disconnect(): void };
  HTMLTextAreaElement: { prototype: object };
  HTMLInputElement: { prototype: object };
  setTimeout(f: () => void, ms: number): unknown;
}

/**
 * Makes many kiosk entries in a row through the kiosk's own screens — the same buttons,
 * fields and handlers an attendee uses, clicked inside the page — so hundreds of entries
 * take seconds instead of one Playwright round trip per tap. Each entry waits for the
 * thank-you (saved) or an alert (refused), then the kiosk is back at its welcome screen.
 */
export async function enterAll(page: Page, entries: Entry[]): Promise<Outcome[]> {
  return page.evaluate(async (list) => {
    const w = globalThis as unknown as Win;
    const d = w.document;
    const label = (b: El) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim();
    // As an attendee does: a choice still waiting (disabled, while the kiosk reads its screening) is not tapped yet.
    const button = (name: string) =>
      [...d.querySelectorAll('button')].find((b) => label(b) === name && !b.disabled) ?? null;
    const heading = (name: string) => [...d.querySelectorAll('h2')].find((h) => (h.textContent ?? '').trim() === name);
    const until = <T>(find: () => T | null | undefined) =>
      new Promise<T>((ok, ko) => {
        const now = find();
        if (now) return ok(now);
        const mo = new w.MutationObserver(() => {
          const found = find();
          if (found) {
            mo.disconnect();
            ok(found);
          }
        });
        mo.observe(d.body, { subtree: true, childList: true, characterData: true, attributes: true });
        w.setTimeout(() => {
          mo.disconnect();
          ko(new Error(`kiosk did not reach the expected screen`));
        }, 10_000);
      });
    const tap = async (name: string) => (await until(() => button(name))).click();
    const type = (el: El, value: string) => {
      const proto = 'rows' in el ? w.HTMLTextAreaElement.prototype : w.HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new w.Event('input', { bubbles: true }));
    };
    const home = 'Bienvenue ! Que voulez-vous faire ?';
    const out: Outcome[] = [];
    for (const e of list) {
      await tap(e.kind === 'question' ? 'Poser une question' : 'Prendre un engagement');
      if (e.kind === 'pledge') await tap('Autre engagement');
      await tap('L’écrire');
      const field = await until(() => d.querySelector('textarea'));
      type(field, e.text);
      if (e.firstName !== undefined) type(d.querySelector('input.entry__name')!, e.firstName);
      const value = field.value;
      let sentAt = 0;
      const send = async (name: string) => {
        const b = await until(() => button(name));
        sentAt = w.performance.timeOrigin + w.performance.now();
        b.click();
      };
      if (e.kind === 'question') await send('Envoyer');
      else {
        await tap('Continuer');
        await send('Non, envoyer mon engagement');
      }
      const thanks =
        e.kind === 'question' ? 'Merci ! Votre question est bien enregistrée.' : 'Merci pour votre engagement !';
      const result = await until(() => heading(thanks) ?? d.querySelector('[role=alert]'));
      if (heading(thanks)) {
        out.push({ saved: true, value, sentAt });
        await tap('Personne suivante');
      } else {
        out.push({ saved: false, alert: (result.textContent ?? '').trim(), sentAt });
        await tap('Retour');
        await tap('Retour');
        if (e.kind === 'pledge') await tap('Retour');
      }
      await until(() => heading(home));
    }
    return out;
  }, entries);
}
