import { ed25519 } from '@noble/curves/ed25519.js';
import { uuidv7 } from 'uuidv7';
import { passphraseKey } from '../../../shared/crypto/data-key';
import { fromBase64, toBase64 } from '../../../shared/exchange/authority';
import {
  type AuditEntry,
  type CaseRecord,
  type ConsentKind,
  type OfficeProfile,
  type RightsApproval,
  type RightsRequestInput,
  type RightsRequestRecord,
  rightsApprovalMessage,
  rightsRequestInputSchema,
  type SurvivorIdentity,
} from '../../../shared/model';
import { userAuthority, wipeAuthority } from '../authority-keys';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import { tryUnwrap } from '../identity-keys';
import { KV, readKeyring, userAad } from '../keyring';
import type { WriteContext } from '../write-context';
import { type CaseView, openIdentity, viewOf } from './cases';
import { readThrottle, waitRemaining } from './throttle';

/** What the case worker records: the day the survivor asked (and for a withdrawal, which consents). */
export type RightsRequestDetails = Omit<RightsRequestInput, 'right'>;

/** The approving administrator, present at this PC: their own user name and passphrase. */
export type RightsApprover = { username: string; passphrase: string };

/** Everything the office holds about one survivor (Law 91/2025/QH15, Art. 4: the right to be provided with it). */
export type AccessCopy = {
  office: OfficeProfile | null;
  madeAt: string;
  caseView: CaseView;
  identity: SurvivorIdentity;
  /** Who did what to the case, when: every audit entry about it, oldest first (views included). */
  audit: AuditEntry[];
  /** The requests about this case so far, this one included. */
  requests: RightsRequestRecord[];
};

type Prepared = Omit<RightsRequestRecord, 'approval'>;

/**
 * Survivors' data rights (Law 91/2025/QH15 on personal data protection: Art. 4 the rights; Art. 9
 * consent and its withdrawal; Art. 13 correction; Art. 14 erasure that cannot be undone). A case
 * worker records the request; an administrator present at the PC approves it with their passphrase,
 * which opens their copy of the office's admin authority key, and that key signs the request: the
 * approval is a signature anyone can check against the office's admin public key, not a tick box.
 * Each request, its approval and its effect on the case commit in one transaction with its audit
 * entry (`rightsRequest`, the case as record).
 *
 * Erasure removes the case row itself (vault, blind indexes, follow-up notes) and the drafts of it:
 * the contributor takes the case out of the counters as for a deletion, so the next bundle's counter
 * snapshot carries the change; the request row keeps only the case's id and code.
 */
export class RightsRepository {
  constructor(private readonly core: StoreCore) {}

  /** The requests about one case, oldest first. */
  async list(caseId: string): Promise<RightsRequestRecord[]> {
    this.core.authoriseAny(['case.write', 'audit.read']);
    return this.core.db.rightsRequests.where('caseId').equals(caseId).sortBy('at');
  }

  /** Whether a request's approval is a valid signature by the office's admin authority key. */
  async verify(request: RightsRequestRecord): Promise<boolean> {
    this.core.authoriseAny(['case.write', 'audit.read']);
    const publicKey = (await readKeyring(this.core.db))?.authority?.publicKeys.admin;
    if (publicKey === undefined) return false;
    const { signature, ...unsigned } = request.approval;
    try {
      return ed25519.verify(
        fromBase64(signature),
        rightsApprovalMessage(request, unsigned),
        fromBase64(publicKey),
        { zip215: false },
      );
    } catch {
      return false;
    }
  }

  /** A readable copy of what the office holds: the case, the identity, services, follow-ups, who viewed it. */
  async access(caseId: string, input: RightsRequestDetails, approver: RightsApprover): Promise<AccessCopy> {
    const session = this.core.authorise('case.identify');
    this.core.authorise('case.write');
    const record = await this.#caseOf(caseId, true);
    // Opened before the transaction: WebCrypto cannot run inside one.
    const identity = await openIdentity(session, record);
    const { request } = await this.#carryOut(record, { ...input, right: 'access' }, approver, [], (ctx) =>
      ctx.audit({ action: 'export', kind: 'cases', recordId: caseId, detail: 'rights' }),
    );
    const { db } = this.core;
    const [audit, requests] = await Promise.all([
      db.audit.where('recordId').equals(caseId).sortBy('seq'),
      db.rightsRequests.where('caseId').equals(caseId).sortBy('at'),
    ]);
    return {
      office: this.core.office,
      madeAt: request.at,
      caseView: viewOf(record),
      identity,
      audit,
      requests,
    };
  }

  /** A correction: recorded and approved here, made in the case's edit form (each change audited there). */
  async rectify(
    caseId: string,
    input: RightsRequestDetails,
    approver: RightsApprover,
  ): Promise<RightsRequestRecord> {
    this.core.authorise('case.write');
    const record = await this.#caseOf(caseId, false);
    if (record.restrictedAt !== undefined) throw new StoreError('restricted');
    const { request } = await this.#carryOut(
      record,
      { ...input, right: 'rectify' },
      approver,
      [],
      async () => null,
    );
    return request;
  }

  /** No further processing (no edit, service, follow-up, identity view or name search); still counted. */
  async restrict(caseId: string, input: RightsRequestDetails, approver: RightsApprover): Promise<CaseView> {
    return this.#changeCase(caseId, { ...input, right: 'restrict' }, approver, (record, now) => {
      if (record.restrictedAt !== undefined) throw new StoreError('restricted');
      return { ...record, restrictedAt: now };
    });
  }

  async unrestrict(caseId: string, input: RightsRequestDetails, approver: RightsApprover): Promise<CaseView> {
    return this.#changeCase(caseId, { ...input, right: 'unrestrict' }, approver, (record) => {
      if (record.restrictedAt === undefined) throw new StoreError('conflict');
      const { restrictedAt: _lifted, ...rest } = record;
      return rest;
    });
  }

  /**
   * Withdraws the consents named, from now on (Art. 9): a withdrawn de-identified-reporting consent
   * moves the case from the consented breakdowns to `notConsented` in the counters, so every bundle
   * made after it carries the change; what was sent before stays as it was sent. Allowed on a
   * restricted case, since it only narrows processing.
   */
  async withdrawConsent(
    caseId: string,
    input: RightsRequestDetails,
    approver: RightsApprover,
  ): Promise<CaseView> {
    const consents =
      parseOrThrow(rightsRequestInputSchema, { ...input, right: 'withdrawConsent' }).consents ?? [];
    return this.#changeCase(caseId, { ...input, right: 'withdrawConsent', consents }, approver, (record) => ({
      ...record,
      consent: { ...record.consent, ...Object.fromEntries(consents.map((c: ConsentKind) => [c, false])) },
    }));
  }

  /**
   * Erasure (Art. 14): the case row — its sealed identity, narrative, follow-up notes and blind
   * indexes — and every draft of it are deleted; the case leaves the counters exactly as a deletion
   * does. A deleted case can be erased too. There is no undo.
   */
  async erase(caseId: string, input: RightsRequestDetails, approver: RightsApprover): Promise<CaseView> {
    this.core.authorise('case.write');
    const record = await this.#caseOf(caseId, true);
    const { db } = this.core;
    const { value } = await this.#carryOut(
      record,
      { ...input, right: 'erase' },
      approver,
      ['cases', 'drafts'],
      async (ctx) => {
        const before = await db.cases.get(caseId);
        if (before === undefined || before.rev !== record.rev) throw new StoreError('conflict');
        // Through the write primitive first, so the contributor takes the case out of the counters…
        const gone = await ctx.put(
          'cases',
          before,
          { ...before, deletedAt: before.deletedAt ?? ctx.now },
          { action: 'delete', detail: 'erase' },
        );
        // …then the row itself, vault and blind indexes with it, and the drafts that may hold its identity.
        await db.cases.delete(caseId);
        const drafts = await db.drafts.filter((draft) => draft.caseId === caseId).primaryKeys();
        await db.drafts.bulkDelete(drafts);
        return viewOf(gone);
      },
    );
    return value;
  }

  /** One case change that is the request's effect, in the request's transaction, through the write primitive. */
  async #changeCase(
    caseId: string,
    input: RightsRequestInput,
    approver: RightsApprover,
    change: (record: CaseRecord, now: string) => CaseRecord,
  ): Promise<CaseView> {
    this.core.authorise('case.write');
    const record = await this.#caseOf(caseId, false);
    const { db } = this.core;
    const { value } = await this.#carryOut(record, input, approver, ['cases'], async (ctx, request) => {
      const before = await db.cases.get(caseId);
      if (before === undefined || before.rev !== record.rev) throw new StoreError('conflict');
      const next = change(before, ctx.now);
      return viewOf(await ctx.put('cases', before, next, { action: 'update', detail: request.right }));
    });
    return value;
  }

  async #caseOf(caseId: string, allowDeleted: boolean): Promise<CaseRecord> {
    const record = await this.core.db.cases.get(caseId);
    if (record === undefined || (record.deletedAt !== null && !allowDeleted))
      throw new StoreError('notFound');
    return record;
  }

  /**
   * Checks the input, has the administrator approve (sign) it, then in one transaction: the effect,
   * the request row and its audit entry.
   */
  async #carryOut<T>(
    record: CaseRecord,
    input: RightsRequestInput,
    approver: RightsApprover,
    tables: readonly ('cases' | 'drafts')[],
    effect: (ctx: WriteContext, request: RightsRequestRecord) => Promise<T>,
  ): Promise<{ request: RightsRequestRecord; value: T }> {
    const session = this.core.authorise('case.write');
    const parsed = parseOrThrow(rightsRequestInputSchema, input);
    const prepared: Prepared = {
      id: uuidv7(),
      caseId: record.id,
      caseCode: record.caseCode,
      right: parsed.right,
      requestedOn: parsed.requestedOn,
      at: new Date().toISOString(),
      requestedBy: { userId: session.user.id, username: session.user.username },
      outcome: 'done',
      detail: parsed.right === 'withdrawConsent' ? (parsed.consents ?? []).join(',') : null,
    };
    const approval = await this.#approve(prepared, approver);
    const request: RightsRequestRecord = { ...prepared, approval };
    const { db } = this.core;
    const value = await this.core.write([...tables, 'rightsRequests'], async (ctx) => {
      const effected = await effect(ctx, request);
      await db.rightsRequests.add(request);
      await ctx.audit({
        action: 'rightsRequest',
        kind: 'cases',
        recordId: record.id,
        detail: `${request.right} ${request.id} ${approval.userId}`,
      });
      return effected;
    });
    return { request, value };
  }

  /**
   * The administrator's approval: their passphrase opens their copy of the office's admin authority
   * key, which signs the request. A wrong passphrase counts against the same sign-in throttle as a
   * failed sign-in (so the dialog cannot be used to guess it) and is audited; nothing is approved.
   */
  async #approve(request: Prepared, approver: RightsApprover): Promise<RightsApproval> {
    const { db } = this.core;
    const username = approver.username.trim().toLowerCase();
    const throttle = await readThrottle(db, username);
    const wait = waitRemaining(throttle, Date.now());
    if (wait > 0) throw new StoreError('throttled', { retryAfterMs: wait });
    const admin = await db.users.where('username').equals(username).first();
    const isAdmin = admin?.active === true && admin.roles.includes('administrator');
    const kek =
      admin === undefined
        ? null
        : await passphraseKey(approver.passphrase, admin.kdf.salt, admin.kdf.iterations);
    const dataKey =
      admin === undefined || kek === null ? null : await tryUnwrap(kek, admin.wrappedKey, userAad(admin.id));
    dataKey?.fill(0);
    if (admin === undefined || kek === null || dataKey === null || !isAdmin) {
      const failures = throttle.failures + (dataKey === null ? 1 : 0);
      await this.core.write([], async (ctx) => {
        if (dataKey === null)
          await db.kv.put({ key: KV.throttle(username), value: { failures, lastFailureAt: Date.now() } });
        await ctx.audit({
          action: 'loginFailed',
          kind: 'users',
          recordId: admin?.id ?? null,
          detail: `rightsApproval ${request.right}`,
        });
      });
      throw new StoreError(dataKey === null ? 'badCredentials' : 'forbidden', { detail: 'administrator' });
    }
    const raw = await userAuthority(admin, kek);
    try {
      const seed = raw.get('admin');
      if (seed === undefined) throw new StoreError('forbidden', { detail: 'authority' });
      const unsigned = {
        userId: admin.id,
        username: admin.username,
        at: new Date().toISOString(),
        nonce: toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))),
      };
      const signature = ed25519.sign(rightsApprovalMessage(request, unsigned), seed);
      await db.kv.delete(KV.throttle(username));
      return { ...unsigned, signature: toBase64(signature) };
    } finally {
      wipeAuthority(raw);
    }
  }
}
