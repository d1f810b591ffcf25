import { uuidv7 } from 'uuidv7';
import {
  type DuplicateProbe,
  namePhoneToken,
  nameYearCommuneToken,
} from '../../../shared/crypto/blind-index';
import { searchDigest } from '../../../shared/crypto/identity-key';
import { openJson, sealJson } from '../../../shared/crypto/vault';
import {
  ageGroupOf,
  type CaseFields,
  type CaseFieldsInput,
  type CaseFollowUp,
  type CaseFollowUpInput,
  type CaseInput,
  type CaseRecord,
  type CaseServiceInput,
  CLOSURE_REASONS,
  caseFieldsSchema,
  caseInputSchema,
  choice,
  dvCategoriesOf,
  followUpInputSchema,
  monthOf,
  type SurvivorIdentity,
  type SurvivorIdentityInput,
  serviceInputSchema,
  survivorIdentitySchema,
  unitCode,
  V,
} from '../../../shared/model';
import { foldVietnamese } from '../../../shared/text/fold';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import { openingKeys, type SealingKeys, sealingKeys } from '../identity-keys';
import { KV } from '../keyring';
import type { WriteContext } from '../write-context';

/** A case as lists and forms see it: everything but the vault and the blind-index tokens. */
export type CaseView = Omit<CaseRecord, 'vault' | 'dupNamePhone' | 'dupNameYearCommune'>;
export type CasePatch = Partial<CaseFieldsInput> & { identity?: SurvivorIdentityInput };
export type CaseListQuery = {
  unit?: string;
  fromMonth?: string;
  toMonth?: string;
  status?: 'open' | 'closed';
  includeDeleted?: boolean;
  limit?: number;
  offset?: number;
};
export type DuplicateMatch = {
  id: string;
  caseCode: string;
  reportDate: string;
  matchedOn: 'namePhone' | 'nameYearCommune';
};
export type BulkCaseInput = CaseInput & { services?: CaseServiceInput[] };
export type BulkOptions = {
  demo?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

const CASE_FIELD_KEYS = Object.keys(caseFieldsSchema.shape ?? {}) as (keyof CaseFields)[];
export const viewOf = (record: CaseRecord): CaseView => {
  const { vault: _vault, dupNamePhone: _a, dupNameYearCommune: _b, ...view } = record;
  return view;
};
export const vaultAad = (id: string) => `binhan/case/${id}`;
const NAME_INDEX_BATCH = 1000;

function fieldsOf(record: CaseRecord): CaseFields {
  const out: Record<string, unknown> = {};
  for (const key of CASE_FIELD_KEYS) out[key] = record[key];
  return out as CaseFields;
}

/** Services cannot predate the report: a case is known from its report date on. */
function checkServiceDates(reportDate: string, services: readonly { date: string }[]): void {
  const index = services.findIndex((service) => service.date < reportDate);
  if (index >= 0) {
    throw new StoreError('invalid', {
      issues: [{ path: `services.${index}.date`, message: V.serviceBeforeReport }],
    });
  }
}

type Prepared = { record: CaseRecord; identity: SurvivorIdentity };

/** The identity sealed in a case's vault; `vaultUnreadable` when the session's keys do not open it. */
export async function openIdentity(
  session: Parameters<typeof openingKeys>[0],
  record: Pick<CaseRecord, 'id' | 'vault'>,
): Promise<SurvivorIdentity> {
  try {
    return survivorIdentitySchema.parse(
      await openJson(openingKeys(session, record.vault).vault, vaultAad(record.id), record.vault),
    );
  } catch {
    throw new StoreError('vaultUnreadable');
  }
}

/**
 * Cases: intake, edits, services, follow-ups, closure, deletion and restore — each one transaction
 * that also writes the audit entry and the aggregate delta. Identifying data is sealed before the
 * transaction starts (WebCrypto cannot run inside one) and is returned only by `reveal`, which
 * needs `case.identify` and is audited.
 */
export class CasesRepository {
  constructor(private readonly core: StoreCore) {}

  async create(input: CaseInput): Promise<CaseView> {
    const session = this.core.authorise('case.write');
    const prepared = await this.#prepare(input, await sealingKeys(this.core.db, session));
    return this.core.write(['cases'], async (ctx) => viewOf(await this.#insert(ctx, prepared)));
  }

  /**
   * Many cases in batched transactions (demo data, benchmarks): one audit entry per batch, the
   * aggregate deltas summed per batch. Each batch is all-or-nothing.
   */
  async createMany(inputs: readonly BulkCaseInput[], options: BulkOptions = {}): Promise<number> {
    const session = this.core.authorise('case.write');
    return this.bulkInsert(await sealingKeys(this.core.db, session), inputs, options);
  }

  /** The bulk path behind createMany; DemoRepository calls it after its own permission check. */
  async bulkInsert(
    keys: SealingKeys,
    inputs: readonly BulkCaseInput[],
    options: BulkOptions = {},
  ): Promise<number> {
    const batchSize = options.batchSize ?? 5000;
    const prepareBatch = (start: number) =>
      Promise.all(
        inputs.slice(start, start + batchSize).map(async ({ services = [], ...input }) => {
          const item = await this.#prepare(input, keys);
          item.record.services = services.map((service) => ({
            id: uuidv7(),
            ...parseOrThrow(serviceInputSchema, service),
          }));
          checkServiceDates(item.record.reportDate, item.record.services);
          return item;
        }),
      );
    let done = 0;
    let next = inputs.length > 0 ? prepareBatch(0) : null;
    for (let start = 0; next !== null; start += batchSize) {
      const prepared = await next;
      // Encrypt the next batch while IndexedDB writes this one: CPU and disk work in parallel.
      next = start + batchSize < inputs.length ? prepareBatch(start + batchSize) : null;
      // A failed batch must not leave the next one's preparation rejected and unobserved.
      next?.catch(() => undefined);
      await this.core.write(
        ['cases'],
        async (ctx) => {
          const counters = await this.#loadCounters(prepared.map((p) => p.record));
          const records = prepared.map((item) => this.#stamp(ctx, item.record, counters));
          await this.#saveCounters(counters);
          await ctx.putMany(
            'cases',
            records.map((next) => ({ before: undefined, next })),
          );
        },
        { demo: options.demo ?? false },
      );
      done += prepared.length;
      options.onProgress?.(done, inputs.length);
    }
    return done;
  }

  async get(id: string): Promise<CaseView | undefined> {
    this.core.authoriseAny(['case.read', 'case.write']);
    const record = await this.core.db.cases.get(id);
    return record === undefined ? undefined : viewOf(record);
  }

  /** Non-identifying rows for lists; deleted cases only for those who may restore them. */
  async list(query: CaseListQuery = {}): Promise<CaseView[]> {
    const session = this.core.authoriseAny(['case.read', 'case.write']);
    const { db } = this.core;
    const from = query.fromMonth ?? '0000-00';
    const to = query.toMonth ?? '9999-99';
    const collection =
      query.unit === undefined
        ? db.cases.orderBy('reportDate').reverse()
        : db.cases
            .where('[incidentUnit+month]')
            .between([query.unit, from], [query.unit, to], true, true)
            .reverse();
    const showDeleted = query.includeDeleted === true && session.can('case.restore');
    const rows = await collection
      .filter(
        (c) =>
          (showDeleted || c.deletedAt === null) &&
          (query.status === undefined || c.status === query.status) &&
          c.month >= from &&
          c.month <= to,
      )
      .offset(query.offset ?? 0)
      .limit(query.limit ?? 100)
      .toArray();
    return rows.map(viewOf);
  }

  /** The survivor's identity. Needs `case.identify`; every call is written to the audit log. */
  async reveal(id: string): Promise<SurvivorIdentity> {
    const session = this.core.authorise('case.identify');
    const { db } = this.core;
    const record = await db.cases.get(id);
    if (record === undefined) throw new StoreError('notFound');
    // A restricted case's identity stays sealed: only an approved access request opens it (repositories/rights.ts).
    if (record.restrictedAt !== undefined) throw new StoreError('restricted');
    const identity = await openIdentity(session, record);
    await this.core.write([], (ctx) => ctx.audit({ action: 'view', kind: 'cases', recordId: id }));
    return identity;
  }

  /**
   * The folded survivor names, for the case list's in-memory name search of a user who holds
   * `case.identify`: vaults are read in primary-key batches (each batch a short read), only the
   * folded name is kept, nothing is written, and the caller drops the index at lock. `reveal` is
   * not used because it audits one view per case; the search itself is what shows a match.
   * Deleted cases are left out, as the index drops a case its user deletes.
   */
  async readFoldedNames(
    onBatch: (names: ReadonlyArray<readonly [string, string]>) => void,
    isCancelled: () => boolean,
  ): Promise<void> {
    const session = this.core.authorise('case.identify');
    const table = this.core.db.cases;
    let after: string | null = null;
    for (;;) {
      if (isCancelled()) return;
      const batch: CaseRecord[] = await (after === null
        ? table.orderBy(':id')
        : table.where(':id').above(after)
      )
        .limit(NAME_INDEX_BATCH)
        .toArray();
      if (batch.length === 0) return;
      after = batch[batch.length - 1]?.id ?? null;
      const names = await Promise.all(
        batch
          .filter((record) => record.deletedAt === null && record.restrictedAt === undefined)
          .map(async (record): Promise<readonly [string, string] | null> => {
            try {
              return [record.id, foldVietnamese((await openIdentity(session, record)).fullName)];
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

  /**
   * One live case's folded survivor name for the name index (a case restored in this session), under
   * the same rule as `readFoldedNames`: nothing is written; null for a deleted or unreadable case.
   */
  async readFoldedName(id: string): Promise<string | null> {
    const session = this.core.authorise('case.identify');
    const record = await this.core.db.cases.get(id);
    if (record === undefined || record.deletedAt !== null || record.restrictedAt !== undefined) return null;
    try {
      return foldVietnamese((await openIdentity(session, record)).fullName);
    } catch {
      return null;
    }
  }

  /** Earlier cases whose folded name + phone, or name + birth year + commune, match: before saving an intake. */
  async findDuplicates(probe: DuplicateProbe & { incidentUnit: string }): Promise<DuplicateMatch[]> {
    const session = this.core.authorise('case.write');
    const { db } = this.core;
    const found = new Map<string, DuplicateMatch>();
    const collect = (records: CaseRecord[], matchedOn: DuplicateMatch['matchedOn']) => {
      for (const r of records) {
        if (r.deletedAt === null && !found.has(r.id)) {
          found.set(r.id, { id: r.id, caseCode: r.caseCode, reportDate: r.reportDate, matchedOn });
        }
      }
    };
    // Every generation the session holds: during a rotation, tokens of either key are in the index.
    for (const keys of session.keys().identity.values()) {
      const byPhone = await namePhoneToken(keys.index, probe);
      const byYear = await nameYearCommuneToken(keys.index, probe, probe.incidentUnit);
      if (byPhone !== undefined)
        collect(await db.cases.where('dupNamePhone').equals(byPhone).toArray(), 'namePhone');
      if (byYear !== undefined)
        collect(await db.cases.where('dupNameYearCommune').equals(byYear).toArray(), 'nameYearCommune');
    }
    return [...found.values()];
  }

  /**
   * A name search is a view of identities, so it is audited: who, when, how many cases matched and
   * a keyed hash of the folded query (the same search gives the same hash) — never the query.
   */
  async auditNameSearch(query: string, matched: number): Promise<void> {
    // Keys and actor are taken synchronously, so a search flushed just before a lock is still recorded.
    const session = this.core.authorise('case.identify');
    const newest = session.newestGeneration;
    if (newest === null) throw new StoreError('forbidden', { detail: 'case.identify' });
    const { index } = session.identity(newest);
    const actor = this.core.actor();
    const digest = await searchDigest(index, foldVietnamese(query));
    await this.core.write(
      [],
      (ctx) => ctx.audit({ action: 'search', kind: 'cases', recordId: null, detail: `${matched} ${digest}` }),
      { actor },
    );
  }

  /** Edits intake fields and/or identity. `expectedRev` turns a lost update into a `conflict`. */
  async update(id: string, patch: CasePatch, expectedRev?: number): Promise<CaseView> {
    const session = this.core.authorise('case.write');
    const { db } = this.core;
    const current = await db.cases.get(id);
    if (current === undefined || current.deletedAt !== null) throw new StoreError('notFound');
    const { identity: identityPatch, ...fieldPatch } = patch;
    const fields = parseOrThrow(caseFieldsSchema, { ...fieldsOf(current), ...fieldPatch });
    checkServiceDates(fields.reportDate, current.services);
    let sealed: Pick<CaseRecord, 'vault' | 'dupNamePhone' | 'dupNameYearCommune'> = current;
    if (identityPatch !== undefined || fields.incidentUnit !== current.incidentUnit) {
      let identity: SurvivorIdentity;
      if (identityPatch === undefined) identity = await openIdentity(session, current);
      else {
        // The form edits who the survivor is; the follow-up notes sealed beside it stay as they are.
        const { followUpNotes: _ignored, ...typed } = parseOrThrow(survivorIdentitySchema, identityPatch);
        const notes = await openIdentity(session, current).then(
          (old) => old.followUpNotes,
          () => undefined,
        );
        identity = notes === undefined ? typed : { ...typed, followUpNotes: notes };
      }
      sealed = await this.#seal(await sealingKeys(db, session), id, identity, fields.incidentUnit);
    }
    const changed = [
      ...CASE_FIELD_KEYS.filter((k) => k in fieldPatch),
      ...(identityPatch === undefined ? [] : ['identity']),
    ];
    return this.#mutate(id, current.rev, expectedRev, 'update', changed.join(','), (record) => ({
      ...record,
      ...fields,
      ...this.#derived(fields),
      vault: sealed.vault,
      dupNamePhone: sealed.dupNamePhone,
      dupNameYearCommune: sealed.dupNameYearCommune,
    }));
  }

  async addService(id: string, input: CaseServiceInput, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    const service = { id: uuidv7(), ...parseOrThrow(serviceInputSchema, input) };
    return this.#mutate(id, undefined, expectedRev, 'update', 'services', (record) => {
      checkServiceDates(record.reportDate, [service]);
      if (!record.needs.includes(service.need)) {
        throw new StoreError('invalid', { issues: [{ path: 'need', message: V.serviceForUnknownNeed }] });
      }
      return { ...record, services: [...record.services, service] };
    });
  }

  /** Corrects a service (date, provider, outcome, or the need it answered); I5 follows from the write. */
  async updateService(
    id: string,
    serviceId: string,
    input: CaseServiceInput,
    expectedRev?: number,
  ): Promise<CaseView> {
    this.core.authorise('case.write');
    const fields = parseOrThrow(serviceInputSchema, input);
    return this.#mutate(id, undefined, expectedRev, 'update', 'services', (record) => {
      if (!record.services.some((s) => s.id === serviceId))
        throw new StoreError('notFound', { detail: 'service' });
      checkServiceDates(record.reportDate, [fields]);
      if (!record.needs.includes(fields.need)) {
        throw new StoreError('invalid', { issues: [{ path: 'need', message: V.serviceForUnknownNeed }] });
      }
      return {
        ...record,
        services: record.services.map((s) => (s.id === serviceId ? { id: serviceId, ...fields } : s)),
      };
    });
  }

  async removeService(id: string, serviceId: string, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    return this.#mutate(id, undefined, expectedRev, 'update', 'services', (record) => {
      if (!record.services.some((s) => s.id === serviceId))
        throw new StoreError('notFound', { detail: 'service' });
      return { ...record, services: record.services.filter((s) => s.id !== serviceId) };
    });
  }

  /** A follow-up contact; its note (if any) is sealed into the case's vault, never stored in the clear. */
  async addFollowUp(id: string, input: CaseFollowUpInput, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    const { note, ...fields } = parseOrThrow(followUpInputSchema, input);
    const followUp: CaseFollowUp = {
      id: uuidv7(),
      ...fields,
      ...(note === undefined ? {} : { hasNote: true }),
    };
    return this.#changeFollowUps(id, expectedRev, followUp.id, note, (list) => [...list, followUp]);
  }

  /** Corrects a follow-up: every field and the note (an absent note removes the one sealed before). */
  async updateFollowUp(
    id: string,
    followUpId: string,
    input: CaseFollowUpInput,
    expectedRev?: number,
  ): Promise<CaseView> {
    this.core.authorise('case.write');
    const { note, ...fields } = parseOrThrow(followUpInputSchema, input);
    const followUp: CaseFollowUp = {
      id: followUpId,
      ...fields,
      ...(note === undefined ? {} : { hasNote: true }),
    };
    return this.#changeFollowUps(id, expectedRev, followUpId, note, (list) => {
      if (!list.some((f) => f.id === followUpId)) throw new StoreError('notFound', { detail: 'followUp' });
      return list.map((f) => (f.id === followUpId ? followUp : f));
    });
  }

  /** Removes a follow-up and its sealed note. */
  async removeFollowUp(id: string, followUpId: string, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    return this.#changeFollowUps(id, expectedRev, followUpId, undefined, (list) => {
      if (!list.some((f) => f.id === followUpId)) throw new StoreError('notFound', { detail: 'followUp' });
      return list.filter((f) => f.id !== followUpId);
    });
  }

  async completeFollowUp(id: string, followUpId: string, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    return this.#mutate(id, undefined, expectedRev, 'update', 'followUps', (record) => ({
      ...record,
      followUps: record.followUps.map((f) => (f.id === followUpId ? { ...f, done: true } : f)),
    }));
  }

  /**
   * Changes the follow-up list and, when a note is set or one was there, the vault that holds the
   * notes: the vault is opened and sealed again before the transaction (WebCrypto cannot run inside
   * one), and the write refuses if the case changed meanwhile (`conflict`), so no edit is lost.
   */
  async #changeFollowUps(
    id: string,
    expectedRev: number | undefined,
    followUpId: string,
    note: string | undefined,
    change: (list: CaseRecord['followUps']) => CaseRecord['followUps'],
  ): Promise<CaseView> {
    const session = this.core.authorise('case.write');
    const { db } = this.core;
    const current = await db.cases.get(id);
    if (current === undefined || current.deletedAt !== null) throw new StoreError('notFound');
    const hadNote = current.followUps.some((f) => f.id === followUpId && f.hasNote === true);
    if (note === undefined && !hadNote) {
      return this.#mutate(id, undefined, expectedRev, 'update', 'followUps', (record) => ({
        ...record,
        followUps: change(record.followUps),
      }));
    }
    const identity = await openIdentity(session, current);
    const { [followUpId]: _old, ...others } = identity.followUpNotes ?? {};
    const notes = note === undefined ? others : { ...others, [followUpId]: note };
    const { followUpNotes: _notes, ...who } = identity;
    const next: SurvivorIdentity = Object.keys(notes).length === 0 ? who : { ...who, followUpNotes: notes };
    const sealed = await this.#seal(await sealingKeys(db, session), id, next, current.incidentUnit);
    return this.#mutate(id, current.rev, expectedRev, 'update', 'followUps', (record) => ({
      ...record,
      ...sealed,
      followUps: change(record.followUps),
    }));
  }

  async close(id: string, reason: (typeof CLOSURE_REASONS)[number], expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    const closureReason = parseOrThrow(choice(CLOSURE_REASONS), reason);
    return this.#mutate(id, undefined, expectedRev, 'update', 'status', (record) => ({
      ...record,
      status: 'closed',
      closureReason,
    }));
  }

  async reopen(id: string, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    return this.#mutate(id, undefined, expectedRev, 'update', 'status', (record) => {
      const { closureReason: _reason, ...rest } = record;
      return { ...rest, status: 'open' };
    });
  }

  /** Deletion is a tombstone: the case leaves lists and counters, and travels as a deletion in exports. */
  async remove(id: string, expectedRev?: number): Promise<CaseView> {
    this.core.authorise('case.write');
    return this.#mutate(id, undefined, expectedRev, 'delete', null, (record) => ({
      ...record,
      deletedAt: new Date().toISOString(),
    }));
  }

  /** Only administrators restore a deleted case. */
  async restore(id: string): Promise<CaseView> {
    this.core.authorise('case.restore');
    return this.#mutate(
      id,
      undefined,
      undefined,
      'restore',
      null,
      (record) => ({ ...record, deletedAt: null }),
      true,
    );
  }

  async #prepare(input: CaseInput, keys: SealingKeys): Promise<Prepared> {
    const parsed = parseOrThrow(caseInputSchema, input);
    const { identity, ...fields } = parsed;
    const id = uuidv7();
    const sealed = await this.#seal(keys, id, identity, fields.incidentUnit);
    const record: CaseRecord = {
      ...fields,
      ...this.#derived(fields),
      id,
      rev: 0,
      updatedAt: '',
      changeSeq: 0,
      deletedAt: null,
      origin: this.core.originUnit(),
      caseCode: '',
      services: [],
      followUps: [],
      ...sealed,
    };
    return { record, identity };
  }

  #derived(fields: CaseFields): Pick<CaseRecord, 'month' | 'ageGroup' | 'dvCategories'> {
    return {
      month: monthOf(fields.reportDate),
      ageGroup: ageGroupOf(fields.survivor.age),
      dvCategories: dvCategoriesOf(fields.gbvType, fields.context),
    };
  }

  async #seal(keys: SealingKeys, id: string, identity: SurvivorIdentity, incidentUnit: string) {
    unitCode().parse(incidentUnit);
    const vault = { ...(await sealJson(keys.vault, vaultAad(id), identity)), g: keys.g };
    const dupNamePhone = await namePhoneToken(keys.index, identity);
    const dupNameYearCommune = await nameYearCommuneToken(keys.index, identity, incidentUnit);
    return { vault, dupNamePhone, dupNameYearCommune };
  }

  /** Case-code counters of the given report years, read once per transaction. */
  async #loadCounters(records: readonly CaseRecord[]): Promise<Map<string, number>> {
    const years = [...new Set(records.map((r) => r.reportDate.slice(0, 4)))];
    const rows = await this.core.db.kv.bulkGet(years.map((year) => KV.caseCounter(year)));
    return new Map(
      years.map((year, i) => [year, typeof rows[i]?.value === 'number' ? Number(rows[i]?.value) : 0]),
    );
  }

  /**
   * The case code (origin-year-sequence, from a per-year counter in the same transaction).
   * Synchronous on purpose: bulk loops must not chain thousands of awaits inside a transaction.
   */
  #stamp(ctx: WriteContext, draft: CaseRecord, counters: Map<string, number>): CaseRecord {
    const year = draft.reportDate.slice(0, 4);
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    const record: CaseRecord = {
      ...draft,
      caseCode: `${ctx.origin}-${year}-${String(next).padStart(5, '0')}`,
    };
    if (record.dupNamePhone === undefined) delete record.dupNamePhone;
    if (record.dupNameYearCommune === undefined) delete record.dupNameYearCommune;
    return record;
  }

  async #saveCounters(counters: Map<string, number>): Promise<void> {
    await this.core.db.kv.bulkPut(
      [...counters].map(([year, value]) => ({ key: KV.caseCounter(year), value })),
    );
  }

  async #insert(ctx: WriteContext, prepared: Prepared): Promise<CaseRecord> {
    const counters = await this.#loadCounters([prepared.record]);
    const record = this.#stamp(ctx, prepared.record, counters);
    await this.#saveCounters(counters);
    return ctx.put('cases', undefined, record);
  }

  /**
   * Read–change–write of one case inside one transaction: re-read, check the revision the caller
   * saw, apply, bump metadata, adjust aggregates by (new − old), audit.
   */
  async #mutate(
    id: string,
    sawRev: number | undefined,
    expectedRev: number | undefined,
    action: 'update' | 'delete' | 'restore',
    detail: string | null,
    change: (record: CaseRecord) => CaseRecord,
    allowDeleted = false,
  ): Promise<CaseView> {
    const { db } = this.core;
    return this.core.write(['cases'], async (ctx) => {
      const before = await db.cases.get(id);
      if (before === undefined || (before.deletedAt !== null && !allowDeleted))
        throw new StoreError('notFound');
      // Law 91/2025/QH15, Art. 4: a restricted case is kept and counted, but not processed further.
      if (before.restrictedAt !== undefined) throw new StoreError('restricted');
      if (
        (expectedRev !== undefined && before.rev !== expectedRev) ||
        (sawRev !== undefined && before.rev !== sawRev)
      ) {
        throw new StoreError('conflict');
      }
      const changed = change(before);
      if (changed.dupNamePhone === undefined) delete changed.dupNamePhone;
      if (changed.dupNameYearCommune === undefined) delete changed.dupNameYearCommune;
      return viewOf(await ctx.put('cases', before, changed, { action, detail }));
    });
  }
}
