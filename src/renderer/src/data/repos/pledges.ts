import { db } from '../db';
import { newId, nowIso } from '../ids';
import { PLEDGE_KINDS, type ContentLang, type Pledge, type PledgeKind } from '../types';
import { updateSynced } from '../write';
import { insertWithRecording, prepareRecording, type Recording } from './blobs';
import { acceptText, cleanPhone, EntryRejected, NAME_MAX_CHARS, optionalName, PLEDGE_MAX_CHARS } from './entry-text';

/**
 * Story pledges made at the attendee kiosk. Contact details are stored only with the
 * consent that allows them (the wording's version and the time it was given). Written
 * with their outbox entry in one transaction; offline first, synced later.
 */

export interface NewPledge {
  screeningId: string;
  kind: PledgeKind;
  text: string;
  language: ContentLang;
  /** Shown on the stage's pledge wall; optional. */
  firstName?: string;
  audio?: Recording;
  /** Only after the attendee accepted the consent wording of `consentVersion`. */
  contact?: { name: string; phone: string; consentVersion: string };
  /** A phone entry carries the id made for it (replays hit the same key) and its source. */
  id?: string;
  source?: 'phone';
}

export { cleanPhone };

function acceptContact(c: NonNullable<NewPledge['contact']>): NonNullable<Pledge['contact']> {
  if (!c.consentVersion) throw new EntryRejected('no_consent');
  const phone = cleanPhone(c.phone);
  if (!phone) throw new EntryRejected('bad_phone');
  return { name: acceptText(c.name, NAME_MAX_CHARS), phone, consentVersion: c.consentVersion, consentAt: nowIso() };
}

/**
 * Saves a pledge; resolves once committed (the kiosk confirms only then). Rejects with
 * EntryRejected for empty or too-long text, a bad phone number or contact without consent.
 */
export async function submitPledge(input: NewPledge): Promise<Pledge> {
  const text = acceptText(input.text, PLEDGE_MAX_CHARS, !input.audio);
  const firstName = optionalName(input.firstName);
  const contact = input.contact ? acceptContact(input.contact) : undefined;
  const recording = await prepareRecording(input.audio);
  return insertWithRecording(
    'pledges',
    {
      id: input.id ?? newId(),
      screeningId: input.screeningId,
      kind: input.kind,
      text,
      language: input.language,
      followUp: contact ? 'to_contact' : 'none',
      ...(firstName ? { firstName } : {}),
      ...(contact ? { contact } : {}),
      ...(input.source ? { source: input.source } : {}),
    },
    recording,
  );
}

/** Console: marks a consented contact as done (or to do again). */
export async function setFollowUp(id: string, followUp: Pledge['followUp']): Promise<Pledge> {
  return updateSynced('pledges', id, (p) => ({ ...p, followUp }));
}

/** Pledges by kind, from the index alone. */
export async function pledgeCounts(screeningId: string): Promise<Record<PledgeKind, number>> {
  const counts = await Promise.all(
    PLEDGE_KINDS.map((k) => db().pledges.where('[screeningId+kind]').equals([screeningId, k]).count()),
  );
  return Object.fromEntries(PLEDGE_KINDS.map((k, i) => [k, counts[i]!])) as Record<PledgeKind, number>;
}

/** Console: the newest pledges first, a page at a time. */
export async function recentPledges(screeningId: string, limit: number): Promise<Pledge[]> {
  return db().pledges.where('screeningId').equals(screeningId).reverse().limit(limit).toArray();
}

export interface WallEntry {
  id: string;
  kind: PledgeKind;
  firstName?: string;
}

/**
 * What the stage may show of the newest pledges: kind and first name, nothing else. The
 * projector is public; text, voice and contact details never leave the console.
 */
export async function pledgeWall(screeningId: string, limit: number): Promise<WallEntry[]> {
  const rows = await recentPledges(screeningId, limit);
  return rows.map((p) =>
    p.firstName ? { id: p.id, kind: p.kind, firstName: p.firstName } : { id: p.id, kind: p.kind },
  );
}
