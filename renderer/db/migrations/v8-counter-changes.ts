import type { Transaction } from 'dexie';
import { CHANGE_SEQ_KEY, COUNTER_MARKS } from '../exchange/counter-marks';
import type { SchemaStep } from './step';
import { v7 } from './v7-no-case-rows';

/**
 * Stamps every counter row with one new changeSeq and asks for a full snapshot in the next bundle:
 * rows written before v8 carry no changeSeq, so no delta could be computed from them.
 */
export async function stampCounters(tx: Transaction): Promise<void> {
  const kv = tx.table<{ key: string; value: unknown }, string>('kv');
  const held = await kv.get(CHANGE_SEQ_KEY);
  const seq = (typeof held?.value === 'number' ? held.value : 0) + 1;
  await tx
    .table('aggregates')
    .toCollection()
    .modify((row: { changeSeq?: number }) => {
      row.changeSeq = seq;
    });
  await kv.bulkPut([
    { key: CHANGE_SEQ_KEY, value: seq },
    { key: COUNTER_MARKS.fullSince, value: seq },
  ]);
}

/**
 * v8: counter rows carry the changeSeq of the write that last changed them, indexed, and rows that
 * become empty stay as tombstones, so a data bundle carries only the counters changed since the last
 * one (renderer/db/exchange/read-changes.ts) instead of the office's whole snapshot.
 */
export const v8: SchemaStep = {
  version: 8,
  stores: { ...v7.stores, aggregates: `${v7.stores.aggregates}, changeSeq` },
  upgrade: stampCounters,
};
