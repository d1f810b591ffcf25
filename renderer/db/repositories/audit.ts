import { chainHash } from '../../../shared/crypto/chain-hash';
import { AUDIT_GENESIS, type AuditAction, type AuditEntry } from '../../../shared/model';
import type { StoreCore } from '../core';

export type AuditQuery = {
  action?: AuditAction;
  userId?: string;
  recordId?: string;
  limit?: number;
  beforeSeq?: number;
};
export type AuditVerification =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      brokenAt: number;
      /** `truncated`: entries up to main's head are missing; `rolledBack`: main's head entry is another one. */
      reason: 'hashMismatch' | 'chainBroken' | 'gap' | 'truncated' | 'rolledBack';
    };

/** The audit log: read, filter and verify. Appending happens only inside repositories' transactions. */
export class AuditRepository {
  constructor(private readonly core: StoreCore) {}

  /** Newest first; page with `beforeSeq`. */
  async list(query: AuditQuery = {}): Promise<AuditEntry[]> {
    this.core.authorise('audit.read');
    const { db } = this.core;
    const upper = query.beforeSeq ?? Number.MAX_SAFE_INTEGER;
    return db.audit
      .where('seq')
      .below(upper)
      .reverse()
      .filter(
        (e) =>
          (query.action === undefined || e.action === query.action) &&
          (query.userId === undefined || e.userId === query.userId) &&
          (query.recordId === undefined || e.recordId === query.recordId),
      )
      .limit(query.limit ?? 200)
      .toArray();
  }

  /**
   * Walks the chain from the first entry and names the first entry whose hash does not match its
   * content, whose prevHash is not its predecessor's hash, or whose seq skips (a removed entry).
   */
  async verify(): Promise<AuditVerification> {
    this.core.authorise('audit.read');
    const entries = await this.core.db.audit.orderBy('seq').toArray();
    const chain = verifyChain(entries);
    const reporter = this.core.auditHead;
    if (!chain.ok || reporter === null) return chain;
    // The chain is whole in itself; main's copy of the head tells whether its tail is all there.
    await reporter.settled();
    const head = await reporter.port.read();
    if (head === null) return chain;
    const last = entries.at(-1);
    if (last === undefined || last.seq < head.seq)
      return { ok: false, entries: entries.length, brokenAt: (last?.seq ?? 0) + 1, reason: 'truncated' };
    if (entries[head.seq - 1]?.hash !== head.hash)
      return { ok: false, entries: entries.length, brokenAt: head.seq, reason: 'rolledBack' };
    return chain;
  }
}

export function verifyChain(entries: readonly AuditEntry[]): AuditVerification {
  let prev = AUDIT_GENESIS;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq)
      return { ok: false, entries: entries.length, brokenAt: expectedSeq, reason: 'gap' };
    const { hash, ...body } = entry;
    if (entry.prevHash !== prev)
      return { ok: false, entries: entries.length, brokenAt: entry.seq, reason: 'chainBroken' };
    if (chainHash(entry.prevHash, body) !== hash) {
      return { ok: false, entries: entries.length, brokenAt: entry.seq, reason: 'hashMismatch' };
    }
    prev = hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: entries.length };
}
