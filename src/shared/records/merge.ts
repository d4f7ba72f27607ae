/**
 * Merged duplicates: ten people ask the same thing, the facilitator keeps one question
 * and merges the others into it. The others stay whole (status `merged`, `mergedInto`
 * the one kept), so the merge can be undone and the collector sees the same history.
 */

/** Most questions one merge takes: the largest hall asks fewer; more is a slip of the hand. */
export const MERGE_MAX = 500;
/** The longest reason or note the audit trail keeps for a moderation step. */
export const REASON_MAX = 200;

/** A question may be merged away only while it waits in the queue. */
export const MERGEABLE = ['pending', 'approved'] as const;
/** …and merged into any question still alive in the debate (not dismissed, not merged itself). */
export const MERGE_TARGETS = ['pending', 'approved', 'on_stage', 'answered'] as const;

export const isMergeable = (s: string): boolean => (MERGEABLE as readonly string[]).includes(s);
export const isMergeTarget = (s: string): boolean => (MERGE_TARGETS as readonly string[]).includes(s);
