import type { BinhAnStore, CaseView } from '../../../db';
import { type CaseRow, rowOf } from './case-rows';

const FIRST_PAGE = 200;

export type IndexProgress = { done: number; total: number };
export type IndexState = { rows: readonly CaseRow[]; progress: IndexProgress | null; ready: boolean };

/**
 * The case list's rows for the whole office, kept in memory once read (one non-identifying pass,
 * no decryption) and kept current by the feature's own writes
 * (`upsert`). When the store's change counter moves past what the index has seen (an import, the
 * demo loader, another tab), it reloads in the background and keeps serving the old rows meanwhile.
 */
export class CaseIndex {
  #rows = new Map<string, CaseRow>();
  #seenSeq = -1;
  #loading: Promise<void> | null = null;
  #state: IndexState = { rows: [], progress: null, ready: false };
  #listeners = new Set<() => void>();
  #deleted: boolean;
  progress: IndexProgress | null = null;
  ready = false;

  constructor(
    private readonly store: BinhAnStore,
    includeDeleted: boolean,
  ) {
    this.#deleted = includeDeleted;
  }

  /** An immutable picture of the index, replaced on every change (for useSyncExternalStore). */
  get state(): IndexState {
    return this.#state;
  }

  get size(): number {
    return this.#rows.size;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A case the feature just wrote: its row changes now, without a reload. */
  upsert(view: CaseView): void {
    this.#rows.set(view.id, rowOf(view));
    if (view.changeSeq === this.#seenSeq + 1) this.#seenSeq = view.changeSeq;
    this.#emit();
  }

  /** Loads (or reloads, if the store changed behind our back); resolves when current. */
  async refresh(): Promise<void> {
    if (this.#loading !== null) return this.#loading;
    const seq = await this.store.lastChangeSeq();
    if (this.ready && seq === this.#seenSeq) return;
    this.#loading = this.#load(seq).finally(() => {
      this.#loading = null;
    });
    return this.#loading;
  }

  async #load(seq: number): Promise<void> {
    const fresh = new Map<string, CaseRow>();
    this.progress = { done: 0, total: 1 };
    if (!this.ready) {
      // The newest cases first, in one short read, so the list is never empty while the rest loads.
      const newest = await this.store.cases.list({ limit: FIRST_PAGE, includeDeleted: this.#deleted });
      this.#rows = new Map(newest.map((view) => [view.id, rowOf(view)]));
    }
    this.#emit();
    // One cursor pass over the report-date index: measured faster than one index range per unit
    // (each store call has a fixed cost that 100+ communes multiply); see test/bench/cases-run.ts.
    const views = await this.store.cases.list({
      limit: Number.MAX_SAFE_INTEGER,
      includeDeleted: this.#deleted,
    });
    for (const view of views) fresh.set(view.id, rowOf(view));
    this.#rows = fresh;
    this.#seenSeq = seq;
    this.ready = true;
    this.progress = null;
    this.#emit();
  }

  #emit(): void {
    this.#state = { rows: [...this.#rows.values()], progress: this.progress, ready: this.ready };
    for (const listener of this.#listeners) listener();
  }
}

const indexes = new WeakMap<BinhAnStore, Map<string, CaseIndex>>();

/** One index per store and user (administrators' includes deleted cases); dropped at sign-out. */
export function caseIndexFor(store: BinhAnStore): CaseIndex | null {
  const session = store.auth.session;
  if (session === null || session.locked) return null;
  let byUser = indexes.get(store);
  if (byUser === undefined) {
    byUser = new Map();
    indexes.set(store, byUser);
    const perStore = byUser;
    store.auth.subscribe(() => {
      if (store.auth.session === null) perStore.clear();
    });
  }
  let index = byUser.get(session.user.id);
  if (index === undefined) {
    index = new CaseIndex(store, session.can('case.restore'));
    byUser.set(session.user.id, index);
  }
  return index;
}
