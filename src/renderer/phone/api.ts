/**
 * Talks to the laptop's phone server. Every send carries an id made here and is
 * resent with the same id when the Wi-Fi drops mid-send, so the laptop applies it once.
 */
const token = location.pathname.split('/').filter(Boolean)[0] ?? '';
const base = `/${token}/api/`;

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomChars(n: number): string {
  const bytes = new Uint8Array(n);
  crypto.getRandomValues(bytes);
  let s = '';
  for (let i = 0; i < n; i++) s += ID_CHARS[bytes[i]! % ID_CHARS.length];
  return s;
}

/** This phone's id: random, kept on the phone, so one phone votes once per question. */
export function phoneId(): string {
  let id = localStorage.getItem('mam-phone-id');
  if (!id || !/^[A-Za-z0-9]{22}$/.test(id)) {
    id = randomChars(22);
    localStorage.setItem('mam-phone-id', id);
  }
  return id;
}

export const newEntryId = () => `P${Date.now().toString(36)}${randomChars(14)}`;

/** `saved`, `queued`, `already`, `offline`, `dead`, or the server's error code. */
export type SendOutcome = string;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Posts once, then resends (same body, same id) on network failures: up to 4 tries. */
export async function post(path: string, init: { body: BodyInit; type: string }): Promise<SendOutcome> {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': init.type },
        body: init.body,
      });
      const data = (await res.json().catch(() => ({}))) as { status?: string; error?: string };
      if (res.status === 410) return 'dead';
      if (res.ok) return data.status ?? 'saved';
      if (res.status >= 500) throw new Error('server');
      return data.error ?? 'failed';
    } catch {
      await wait(800 * (attempt + 1));
    }
  }
  return 'offline';
}

export const send = (path: 'questions' | 'pledges' | 'votes' | 'poll-answers', body: object): Promise<SendOutcome> =>
  post(path, { body: JSON.stringify(body), type: 'application/json' });

export interface ApprovedQuestion {
  id: string;
  text: string;
  votes: number;
}

export async function approvedQuestions(): Promise<ApprovedQuestion[] | 'dead' | 'offline'> {
  try {
    const res = await fetch(`${base}questions`, { cache: 'no-store' });
    if (res.status === 410) return 'dead';
    if (!res.ok) return 'offline';
    return ((await res.json()) as { questions: ApprovedQuestion[] }).questions;
  } catch {
    return 'offline';
  }
}
