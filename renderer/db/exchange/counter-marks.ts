/**
 * Where the office keeps what decides between a full counter snapshot and a delta (read-changes.ts).
 *
 * - `FULL_SINCE`: a changeSeq. Every bundle that starts before it (afterSeq < value) carries the full
 *   snapshot: set by a rebuild, by a schema step that rewrites counters (v8), and when the province
 *   asks. It is a position, not a flag, so a bundle that was read but never made leaves it in force.
 * - `SHARING`: the sharing rule's inputs (threshold, the office's chain) the last bundle was read
 *   with: a change of either changes how unchanged rows would leave, so it calls for a snapshot.
 */
export const COUNTER_MARKS = {
  fullSince: 'exchange.countersFullSince',
  sharing: 'exchange.counterSharing',
} as const;

export const CHANGE_SEQ_KEY = 'changeSeq';
