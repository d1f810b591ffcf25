import { uuidv7 } from 'uuidv7';
import { openJson, sealJson } from '../../../shared/crypto/vault';
import type { DraftRecord } from '../../../shared/model';
import type { StoreCore } from '../core';
import { StoreError } from '../errors';
import { openingKeys, sealingKeys } from '../identity-keys';

export type DraftSummary = Omit<DraftRecord, 'vault'>;
export const draftAad = (id: string) => `binhan/draft/${id}`;
const aad = draftAad;

/**
 * Autosaved forms, sealed like a case vault because they may hold a survivor's identity. A user
 * sees only their own drafts. Not audited per keystroke: the saved case is.
 */
export class DraftsRepository {
  constructor(private readonly core: StoreCore) {}

  /** Creates (id omitted) or overwrites a draft; returns its id. */
  async save(draft: {
    id?: string;
    kind: DraftRecord['kind'];
    caseId?: string | null;
    content: unknown;
  }): Promise<string> {
    const session = this.core.authorise('case.write');
    const { db } = this.core;
    const id = draft.id ?? uuidv7();
    const keys = await sealingKeys(this.core.db, session);
    const vault = { ...(await sealJson(keys.vault, aad(id), draft.content)), g: keys.g };
    const now = new Date().toISOString();
    await db.transaction('rw', db.drafts, async () => {
      const existing = await db.drafts.get(id);
      if (existing !== undefined && existing.userId !== session.user.id) throw new StoreError('forbidden');
      await db.drafts.put({
        id,
        userId: session.user.id,
        kind: draft.kind,
        caseId: draft.caseId ?? null,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        vault,
      });
    });
    return id;
  }

  async list(): Promise<DraftSummary[]> {
    const session = this.core.authorise('case.write');
    const rows = await this.core.db.drafts.where('userId').equals(session.user.id).toArray();
    return rows
      .map(({ vault: _vault, ...summary }) => summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async load(id: string): Promise<unknown> {
    const session = this.core.authorise('case.write');
    const draft = await this.core.db.drafts.get(id);
    if (draft === undefined || draft.userId !== session.user.id) throw new StoreError('notFound');
    return openJson(openingKeys(session, draft.vault).vault, aad(id), draft.vault);
  }

  async discard(id: string): Promise<void> {
    const session = this.core.authorise('case.write');
    const { db } = this.core;
    await db.transaction('rw', db.drafts, async () => {
      const draft = await db.drafts.get(id);
      if (draft !== undefined && draft.userId === session.user.id) await db.drafts.delete(id);
    });
  }
}
