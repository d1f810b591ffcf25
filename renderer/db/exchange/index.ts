/**
 * Exchange's side of the store: what an export reads and how the province applies a bundle. Used by
 * renderer/features/exchange through `exchangeStore(store)`; components still never touch Dexie.
 */
import type { BinhAnStore } from '../store';
import { type ApplyResult, applyDataBundle, inboundCounts, type OpenedData } from './apply-bundle';
import { type ChangesRead, countChanges, type ExportProgress, readChangesSince } from './read-changes';

export type { ApplyResult, ChangesRead, ExportProgress, OpenedData };

export function exchangeStore(store: BinhAnStore) {
  const { core } = store;
  return {
    readChangesSince: (afterSeq: number, toSeq: number, options?: Parameters<typeof readChangesSince>[3]) =>
      readChangesSince(core, afterSeq, toSeq, options),
    countChangesSince: (afterSeq: number) => countChanges(core, afterSeq),
    applyDataBundle: (bundle: OpenedData) => applyDataBundle(core, bundle),
    inboundCounts: () => inboundCounts(core),
  };
}
export type ExchangeStore = ReturnType<typeof exchangeStore>;
