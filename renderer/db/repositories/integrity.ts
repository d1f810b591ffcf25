import { caseContribution } from '../../../shared/aggregates/contributions';
import type { CaseRecord } from '../../../shared/model';
import type { StoreCore } from '../core';
import { LATEST_VERSION } from '../migrations';

/** What the start-up check found wrong; the damaged-store screen names each in words (backup.damaged.*). */
export type IntegrityProblem =
  | 'schemaVersion'
  | 'auditBehind'
  | 'auditHashDiffers'
  | 'auditMissing'
  | 'vault'
  | 'aggregates'
  | 'keyring'
  | 'unreadable'
  /** The store is empty, but the data folder and this profile held the office (AuthGate). */
  | 'storeMissing';
export type IntegrityReport = { ok: true } | { ok: false; problems: IntegrityProblem[] };

const SAMPLE = 12;

/**
 * The check at every start (issue 10 item 3), cheap at 100,000 cases: the schema version, the audit
 * log's newest entry against the head main keeps, a sample of vaults whole in structure, and one
 * case's counters present in the aggregates (each bucket holds at least what that case adds). It reads
 * no identity and needs no session. A damaged store is reported, never repaired behind the user's back.
 */
export async function checkIntegrity(core: StoreCore): Promise<IntegrityReport> {
  const { db } = core;
  const problems = new Set<IntegrityProblem>();
  try {
    if (db.verno !== LATEST_VERSION) problems.add('schemaVersion');
    if ((await db.kv.get('keyring')) === undefined) problems.add('keyring');

    const head = await core.auditHead?.port.read().catch(() => null);
    if (head !== null && head !== undefined) {
      const last = await db.audit.orderBy('seq').last();
      if (last === undefined) problems.add('auditMissing');
      else if (last.seq < head.seq) problems.add('auditBehind');
      else if ((await db.audit.get(head.seq))?.hash !== head.hash) problems.add('auditHashDiffers');
    }

    const total = await db.cases.count();
    const sample: CaseRecord[] = [];
    for (let i = 0; i < Math.min(SAMPLE, total); i++) {
      const at = Math.floor(((i + Math.random()) * total) / Math.min(SAMPLE, total));
      const found = await db.cases.offset(Math.min(at, total - 1)).first();
      if (found !== undefined) sample.push(found);
    }
    for (const c of sample) {
      const v = c.vault as { v?: unknown; iv?: unknown; ct?: unknown } | undefined;
      if (
        !(
          v?.v === 1 &&
          v.iv instanceof Uint8Array &&
          v.iv.length === 12 &&
          v.ct instanceof Uint8Array &&
          v.ct.length >= 16
        )
      )
        problems.add('vault');
    }
    const liveOne = sample.find((c) => c.deletedAt === null);
    if (liveOne !== undefined) {
      const contribution = caseContribution(liveOne, core.units.chain);
      const rows = await db.aggregates.bulkGet([...contribution.keys()]);
      let i = 0;
      for (const expected of contribution.values()) {
        const held = rows[i++];
        const short = Object.entries(expected.counts).some(([k, n]) => (held?.counts[k] ?? 0) < n);
        if (held === undefined || short) problems.add('aggregates');
      }
    }
  } catch {
    problems.add('unreadable');
  }
  return problems.size === 0 ? { ok: true } : { ok: false, problems: [...problems] };
}
