import { openJson } from '../../../../shared/crypto/vault';
import type { CaseRecord } from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';
import type { BinhAnStore } from '../../../db';

/**
 * The one place this feature reaches past the store's public API. The store offers no name search
 * and `reveal` writes an audit entry per case (right for showing an identity, wrong for building a
 * search index of 100,000), so this reads each case's vault in primary-key batches and keeps only
 * the folded name, in memory, for a user who holds `case.identify`. Nothing is written anywhere;
 * the names never reach the screen — a match shows the case code only — and the index is dropped
 * at lock. It belongs in the store (e.g. `store.cases.nameIndex()`); see the feature's report.
 */
const BATCH = 1000;
/** Must match renderer/db/repositories/cases.ts (vaultAad). */
const vaultAad = (id: string) => `binhan/case/${id}`;

export async function readFoldedNames(
  store: BinhAnStore,
  onBatch: (names: ReadonlyArray<readonly [string, string]>) => void,
  isCancelled: () => boolean,
): Promise<void> {
  const session = store.auth.session;
  if (session === null || !session.can('case.identify')) return;
  const table = store.core.db.cases;
  let after: string | null = null;
  for (;;) {
    if (isCancelled()) return;
    const key = session.keys().vault;
    const batch: CaseRecord[] = await (after === null
      ? table.orderBy(':id')
      : table.where(':id').above(after)
    )
      .limit(BATCH)
      .toArray();
    if (batch.length === 0) return;
    after = batch[batch.length - 1]?.id ?? null;
    const names = await Promise.all(
      batch.map(async (record): Promise<readonly [string, string] | null> => {
        try {
          const identity = (await openJson(key, vaultAad(record.id), record.vault)) as { fullName?: unknown };
          return typeof identity.fullName === 'string'
            ? [record.id, foldVietnamese(identity.fullName)]
            : null;
        } catch {
          return null;
        }
      }),
    );
    onBatch(names.filter((n): n is readonly [string, string] => n !== null));
    // Let the page breathe between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
