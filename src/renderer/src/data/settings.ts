import { z } from 'zod';

/**
 * Every local setting (never synced), one key style (`area.name`), each with the schema
 * its value is parsed with on read: a value an older build, a test or a damaged row left
 * behind reads as absent, never as a wrong type. A new setting is added here.
 */
export const SETTINGS = {
  /** This device's id, made once (data/repos/kiosk). */
  'kiosk.id': z.string().min(1),
  /** When a screen was handed to the public (epoch ms), false once taken back with the PIN. */
  'kiosk.handedOver': z.union([z.number(), z.literal(false)]),
  /** Waits in seconds; each field is checked on its own (a nonsense one keeps its default). */
  'kiosk.timings': z.record(z.string(), z.unknown()),
  /** The screening this kiosk runs now (survives restarts). */
  'screening.active': z.string().nullable(),
  /** The campaign platform's address for the QR code; '' while none is set. */
  'pledges.campaignUrl': z.string(),
  'pin.hash': z.object({
    algo: z.literal('PBKDF2-SHA-256'),
    iterations: z.number(),
    salt: z.string(),
    hash: z.string(),
  }),
  'pin.tries': z.object({ failures: z.number(), waitUntil: z.number() }),
  /** What enrollment gave this kiosk: where to send, and the secrets to send with. */
  'sync.device': z.object({
    collectorUrl: z.string(),
    deviceId: z.string(),
    token: z.string(),
    bundleKey: z.string(),
    enrolledAt: z.string(),
  }),
  'sync.status': z.object({
    lastSuccessAt: z.string().nullable().catch(null),
    lastError: z.object({ code: z.string(), detail: z.string().optional(), at: z.string() }).nullable().catch(null),
    lastHeal: z.object({ at: z.string(), requeued: z.number() }).nullable().catch(null),
  }),
  /**
   * The last sequence number the collector acknowledged (written with the outbox rows it
   * removes); the next batch says it follows this one (a gap gets 409 and is healed).
   */
  'sync.ackedSeq': z.number().int().nonnegative(),
  /** Days after which contact details are erased once synced; 0 = never. */
  'sync.retentionDays': z.number().int().min(0),
  /**
   * This device's clock minus the collector's, in ms, as the collector measured it at
   * the last sync (the same sign everywhere, wire included). Corrected time = device
   * time − offset. Absent until the first sync.
   */
  'sync.clockOffsetMs': z.number().finite(),
  /** The Wi-Fi phones join (laptop hotspot or pocket router), typed once, shown as a `WIFI:` QR code. */
  'phones.wifi': z.object({ ssid: z.string().max(32), password: z.string().max(63) }),
  /** The phone join link the console opened (null when phone access is off), for the stage window. */
  'phones.access': z.object({
    url: z.string().nullable(),
    screeningId: z.string().nullable(),
    address: z.string().nullable(),
    /** The picked interface lost its address (phones cannot reach the laptop until it is back). */
    lost: z.boolean().optional(),
    network: z.string().nullable().optional(),
  }),
  /** The network address the facilitator last chose for phones. */
  'phones.address': z.string(),
  /** The word filter's list as the facilitator edited it (shared/word-filter); absent = the starting list. */
  'debate.wordFilter': z.array(z.string().max(60)).max(500),
  /** The screening whose word cloud the stage shows while no question is on it; null for none. */
  'stage.wordCloud': z.string().nullable(),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;
