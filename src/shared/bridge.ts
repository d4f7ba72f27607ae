import type { ApprovedQuestion, NetworkInterfaceInfo, PhoneAccessState, PhoneEntry } from './phone-entry';
import type { PhonePoll } from './phone-poll';
import type { Result } from './result';

/** The three screens of the product; each is a hash route of the same renderer. */
export type Role = 'console' | 'stage' | 'kiosk';
export const ROLES: readonly Role[] = ['console', 'stage', 'kiosk'];

export interface AppInfo {
  platform: 'electron' | 'browser';
  version: string;
}

export interface SubtitleTrack {
  /** BCP 47 language tag of the track, e.g. `fr` or `wo`. */
  lang: string;
  /** URL the renderer can put in a <track> element (always WebVTT). */
  src: string;
}

export interface FilmInfo {
  id: string;
  title: string;
  /** URL the renderer can put in a <video> element. */
  src: string;
  subtitles: SubtitleTrack[];
  /** The sample film shipped with the kiosk: always present, cannot be removed. */
  bundled: boolean;
  sizeBytes: number;
  /** Seconds, when known (measured by the renderer after import). */
  durationSec?: number;
  addedAt: string;
}

export interface ImportProgress {
  /** Bytes copied so far and in all, across the video and its subtitle files. */
  copied: number;
  total: number;
  file: string;
}

export interface DisplayInfo {
  id: number;
  label: string;
  primary: boolean;
  width: number;
  height: number;
}

export interface SavedFile {
  /** Where the file went, when the platform can tell (Electron); a browser download has none. */
  path?: string;
}

export type LogLevel = 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['info', 'warn', 'error'];

/** What only the renderer knows for a diagnostics file: counts and states, never content. */
export interface RendererFacts {
  /** Bytes used and available to this origin's storage, when the browser tells. */
  storage: { usage: number; quota: number } | null;
  /** Records waiting to be sent to the collector. */
  outbox: number;
  /** The last sync error code (`sync:errors.*`), null when the last sync went well or none ran. */
  lastSyncError: string | null;
  /** The screen the facilitator was on (a route, e.g. `console/settings`). */
  route: string;
}

/**
 * The one contract between the renderer and its platform. Electron's preload and the
 * browser implementation (src/renderer/src/platform) both satisfy it; the renderer
 * never sees anything else. Every method resolves, never rejects.
 */
export interface KioskApi {
  app: {
    info(): Promise<Result<AppInfo>>;
  };
  media: {
    /** Films in the local library, the bundled sample first. Works offline. */
    list(): Promise<Result<FilmInfo[]>>;
    /** Asks the facilitator for a film and its subtitles, copies them into the library. */
    importFilm(): Promise<Result<FilmInfo>>;
    cancelImport(): Promise<Result<void>>;
    remove(id: string): Promise<Result<void>>;
    /** Records the measured duration so the library can list it. */
    setDuration(id: string, durationSec: number): Promise<Result<void>>;
    onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  };
  reports: {
    /** Saves bytes the renderer made (a save dialog in Electron, a download in a browser). */
    save(fileName: string, bytes: Uint8Array): Promise<Result<SavedFile>>;
    /**
     * Prints the calling window's page (its print CSS applies) to an A4 PDF and saves it
     * with a save dialog in Electron; a browser opens its print dialog ("Save as PDF").
     */
    savePdf(fileName: string): Promise<Result<SavedFile>>;
  };
  displays: {
    list(): Promise<Result<DisplayInfo[]>>;
  };
  windows: {
    /** Opens (or focuses) a role's window, fullscreen on the given display when named. */
    open(role: Role, displayId?: number): Promise<Result<void>>;
    setFullscreen(on: boolean): Promise<Result<void>>;
    /**
     * The calling window is in the public's hands (on) or taken back with the PIN (off):
     * Electron's kiosk mode and the blocked key combinations follow it.
     */
    setKioskMode(on: boolean): Promise<Result<void>>;
  };
  power: {
    /** Keeps the displays awake while this window says a screening is open. */
    keepAwake(on: boolean): Promise<Result<void>>;
  };
  log: {
    /** One line into the app's log file (bounded in size and rate; never blocks). */
    write(level: LogLevel, message: string): Promise<Result<void>>;
  };
  diagnostics: {
    /**
     * Writes one diagnostics file (the renderer's facts plus the platform's) where the
     * facilitator picks: a folder dialog in Electron, a download in a browser.
     */
    save(facts: RendererFacts): Promise<Result<SavedFile>>;
  };
  /**
   * Attendees' phones on the local network (src/main/phones). The platform runs the phone
   * server and journals what phones send; the console drains `pending()`, writes each
   * entry through the data module and `ack`s it. Entries survive a closed console.
   */
  phones: {
    /** This machine's IPv4 addresses the facilitator may open phone access on. */
    interfaces(): Promise<Result<NetworkInterfaceInfo[]>>;
    /** Opens phone access for a screening on one address; the join link's token is new for a new screening. */
    start(screeningId: string, address: string): Promise<Result<PhoneAccessState>>;
    /** A new join link: the old one is dead at once. */
    rotate(): Promise<Result<PhoneAccessState>>;
    /** Closes phone access: the link is dead and the server stops listening. */
    stop(): Promise<Result<PhoneAccessState>>;
    state(): Promise<Result<PhoneAccessState>>;
    /** The approved questions (texts and "me too" counts) phones may see; nothing else is ever served. */
    publish(questions: ApprovedQuestion[]): Promise<Result<void>>;
    /** The poll open now (question and options, never counts) phones may answer; null when none is. */
    publishPoll(poll: PhonePoll | null): Promise<Result<void>>;
    /** Journaled phone entries not yet acknowledged, oldest first. */
    pending(): Promise<Result<PhoneEntry[]>>;
    /** These entries are written (or were already): the journal forgets them, the phones hear "saved". */
    ack(ids: string[]): Promise<Result<void>>;
    /** The recording of a pending spoken question (`voice` entry), as the phone sent it. */
    audio(entryId: string): Promise<Result<Uint8Array>>;
    /** Called when a phone entry was journaled (drain then). */
    onEntry(listener: () => void): () => void;
  };
}
