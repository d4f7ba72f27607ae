/**
 * A batch says which acknowledged sequence number it follows. When the collector never
 * applied that one (it was restored from an older copy, or the kiosk lost part of its
 * outbox), it refuses with 409 and where it stands, so the kiosk resends from there.
 */
export class SequenceGapError extends Error {
  constructor(
    readonly follows: number,
    readonly lastSeq: number,
  ) {
    super(`This batch follows change ${follows}, but the collector holds this device's changes up to ${lastSeq} only.`);
  }
}
