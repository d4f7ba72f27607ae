import {
  anyRecord,
  bool,
  count,
  either,
  literal,
  listOf,
  nullable,
  num,
  object,
  optional,
  orElse,
  str,
  type ShapeOf,
} from './shapes';

/**
 * Every local setting (never synced), one key style (`area.name`), each with the schema
 * its value is parsed with on read: a value an older build, a test or a damaged row left
 * behind reads as absent, never as a wrong type. A new setting is added here. The shapes
 * are data/shapes, not zod: every screen reads settings before its first paint.
 */
export const SETTINGS = {
  /** This device's id, made once (data/repos/kiosk). */
  'kiosk.id': str(Infinity, 1),
  /** When a screen was handed to the public (epoch ms), false once taken back with the PIN. */
  'kiosk.handedOver': either(num, literal(false)),
  /** Waits in seconds; each field is checked on its own (a nonsense one keeps its default). */
  'kiosk.timings': anyRecord,
  /** The screening this kiosk runs now (survives restarts). */
  'screening.active': nullable(str()),
  /** The campaign platform's address for the QR code; '' while none is set. */
  'pledges.campaignUrl': str(),
  'pin.hash': object({ algo: literal('PBKDF2-SHA-256'), iterations: num, salt: str(), hash: str() }),
  'pin.tries': object({ failures: num, waitUntil: num }),
  /** What enrollment gave this kiosk: where to send, and the secrets to send with. */
  'sync.device': object({ collectorUrl: str(), deviceId: str(), token: str(), bundleKey: str(), enrolledAt: str() }),
  'sync.status': object({
    lastSuccessAt: orElse(nullable(str()), null),
    lastError: orElse(nullable(object({ code: str(), detail: optional(str()), at: str() })), null),
    lastHeal: orElse(nullable(object({ at: str(), requeued: num })), null),
  }),
  /**
   * The last sequence number the collector acknowledged (written with the outbox rows it
   * removes); the next batch says it follows this one (a gap gets 409 and is healed).
   */
  'sync.ackedSeq': count,
  /** Days after which contact details are erased once synced; 0 = never. */
  'sync.retentionDays': count,
  /**
   * This device's clock minus the collector's, in ms, as the collector measured it at
   * the last sync (the same sign everywhere, wire included). Corrected time = device
   * time − offset. Absent until the first sync.
   */
  'sync.clockOffsetMs': num,
  /** The Wi-Fi phones join (laptop hotspot or pocket router), typed once, shown as a `WIFI:` QR code. */
  'phones.wifi': object({ ssid: str(32), password: str(63) }),
  /** The phone join link the console opened (null when phone access is off), for the stage window. */
  'phones.access': object({
    url: nullable(str()),
    screeningId: nullable(str()),
    address: nullable(str()),
    /** The picked interface lost its address (phones cannot reach the laptop until it is back). */
    lost: optional(bool),
    network: optional(nullable(str())),
  }),
  /** The network address the facilitator last chose for phones. */
  'phones.address': str(),
  /** The word filter's list as the facilitator edited it (shared/word-filter); absent = the starting list. */
  'debate.wordFilter': listOf(str(60), 500),
  /** The screening whose word cloud the stage shows while no question is on it; null for none. */
  'stage.wordCloud': nullable(str()),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = ShapeOf<(typeof SETTINGS)[K]>;
