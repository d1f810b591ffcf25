import type { StoreCore } from '../core';
import {
  type ApplyResult,
  applyDataBundle,
  applyDataBundles,
  type BatchOutcome,
  inboundCounts,
  type OpenedData,
} from '../exchange/apply-bundle';
import {
  type ChangesRead,
  countChanges,
  type ExportProgress,
  readChangesSince,
} from '../exchange/read-changes';

export type { ApplyResult, BatchOutcome, ChangesRead, ExportProgress, OpenedData };

/**
 * The exchange's side of the store: what an office's export reads (incremental, by changeSeq) and
 * how the province applies a verified bundle (one transaction, idempotent). The steps live in
 * renderer/db/exchange/; this is their only door.
 */
export class ExchangeRepository {
  constructor(private readonly core: StoreCore) {}

  readChangesSince(
    afterSeq: number,
    toSeq: number,
    options?: { batch?: number; onProgress?: (p: ExportProgress) => void },
  ): Promise<ChangesRead> {
    return readChangesSince(this.core, afterSeq, toSeq, options);
  }

  /** How many shared records changed after `afterSeq`: what the next bundle would carry. */
  countChangesSince(afterSeq: number): Promise<number> {
    return countChanges(this.core, afterSeq);
  }

  /**
   * The office's next data bundle carries its full counter snapshot (the province asked for one):
   * the province then replaces every counter row it holds of this office.
   */
  async requestFullCounters(): Promise<void> {
    this.core.authorise('exchange.run');
    await this.core.write([], (ctx) => ctx.markFullSnapshot());
  }

  applyDataBundle(bundle: OpenedData): Promise<ApplyResult> {
    return applyDataBundle(this.core, bundle);
  }

  /** Many bundles in one transaction (a bulk import): per bundle all or nothing, as applied one by one. */
  applyDataBundles(bundles: readonly OpenedData[]): Promise<BatchOutcome[]> {
    return applyDataBundles(this.core, bundles);
  }

  /** Per office: rows held at the province by type (live rows only). */
  inboundCounts(): Promise<Map<string, Record<string, number>>> {
    return inboundCounts(this.core);
  }
}
