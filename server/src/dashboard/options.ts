/** How the staff dashboard treats sessions and sign-in attempts. */
export interface StaffOptions {
  /** Cookies marked Secure: set when the collector is reached over HTTPS (COLLECTOR_PUBLIC_URL). */
  secureCookies: boolean;
  /** A session unused for this long is closed. */
  idleMs: number;
  /** Failed sign-ins per address, and per account, per minute before 429. */
  signInFailuresPerMinute: number;
  /** Exports of more screenings than this are built in the background, their progress shown. */
  progressAbove: number;
}

export const DEFAULT_STAFF_OPTIONS: StaffOptions = {
  secureCookies: false,
  idleMs: 30 * 60_000,
  signInFailuresPerMinute: 10,
  progressAbove: 1000,
};
