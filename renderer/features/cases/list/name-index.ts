import { foldVietnamese } from '../../../../shared/text/fold';
import type { BinhAnStore, CaseView } from '../../../db';

export type NameIndexState = { size: number; ready: boolean; search: (query: string) => Set<string> };

/**
 * Folded survivor names by case id, built once after unlock in the background and searched by
 * substring: "nguyen thi hoa" finds "Nguyễn Thị Hoà" and "Nguyễn Thị Hòa" alike, since folding drops
 * every mark. Kept current by the feature's own writes (a case recorded, renamed, deleted or restored
 * in this session: `followCaseWrite`), and dropped when the session locks, like the keys.
 */
export class NameIndex {
  #names = new Map<string, string>();
  /** Names this session wrote (null: deleted): a build still running must not bring back the old one. */
  #local = new Map<string, string | null>();
  #building: Promise<void> | null = null;
  #cancelled = false;
  #listeners = new Set<() => void>();
  #state: NameIndexState = { size: 0, ready: false, search: () => new Set() };
  ready = false;
  /** How long the last full build took (ms), for the page and the benchmark. */
  buildMs = 0;

  constructor(private readonly store: BinhAnStore) {}

  get isDropped(): boolean {
    return this.#cancelled;
  }

  get size(): number {
    return this.#names.size;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  build(): Promise<void> {
    if (this.#building !== null) return this.#building;
    const started = performance.now();
    // Only a user who may identify survivors has names to search; for anyone else the index stays empty.
    const read =
      this.store.auth.session?.can('case.identify') === true
        ? this.store.cases.readFoldedNames(
            (batch) => {
              for (const [id, name] of batch) if (!this.#local.has(id)) this.#names.set(id, name);
              this.#emit();
            },
            () => this.#cancelled,
          )
        : Promise.resolve();
    this.#building = read.then(() => {
      this.buildMs = performance.now() - started;
      this.ready = !this.#cancelled;
      this.#emit();
    });
    return this.#building;
  }

  /** A name typed or corrected in this session. */
  set(id: string, fullName: string): void {
    const folded = foldVietnamese(fullName);
    this.#names.set(id, folded);
    this.#local.set(id, folded);
    this.#emit();
  }

  has(id: string): boolean {
    return this.#names.has(id);
  }

  /** A case deleted in this session: its name no longer finds it. */
  remove(id: string): void {
    this.#names.delete(id);
    this.#local.set(id, null);
    this.#emit();
  }

  /** A case whose name this session did not type (a restore): read its folded name again. */
  async reload(id: string): Promise<void> {
    const folded = await this.store.cases.readFoldedName(id);
    if (this.#cancelled) return;
    if (folded === null) this.remove(id);
    else {
      this.#names.set(id, folded);
      this.#local.set(id, folded);
      this.#emit();
    }
  }

  /** Ids whose folded name contains the folded query (at least two letters). */
  search(query: string): Set<string> {
    const folded = foldVietnamese(query);
    const out = new Set<string>();
    if (folded.length < 2) return out;
    for (const [id, name] of this.#names) if (name.includes(folded)) out.add(id);
    return out;
  }

  drop(): void {
    this.#cancelled = true;
    this.#names.clear();
    this.#local.clear();
    this.ready = false;
  }

  /** An immutable picture, replaced on every change (for useSyncExternalStore). */
  get state(): NameIndexState {
    return this.#state;
  }

  #emit(): void {
    this.#state = { size: this.#names.size, ready: this.ready, search: (query) => this.search(query) };
    for (const listener of this.#listeners) listener();
  }
}

const indexes = new WeakMap<BinhAnStore, { userId: string; index: NameIndex }>();

/** The name index of the signed-in user, for those who may see identities; null otherwise. */
export function nameIndexFor(store: BinhAnStore): NameIndex | null {
  const session = store.auth.session;
  if (session === null || !session.can('case.identify')) return null;
  const current = indexes.get(store);
  if (current !== undefined && current.userId === session.user.id && !current.index.isDropped)
    return current.index;
  const index = new NameIndex(store);
  indexes.set(store, { userId: session.user.id, index });
  const stop = store.auth.subscribe(() => {
    if (store.auth.session?.locked ?? true) {
      index.drop();
      stop();
    }
  });
  return index;
}

/**
 * Keeps the signed-in user's name index current after a case write of this session: a deleted case
 * leaves it, a saved name (intake, edit) replaces the old one, and a live case it does not hold (a
 * restore) is read back. Writes that do not touch the name (services, follow-ups) change nothing.
 */
export function followCaseWrite(store: BinhAnStore, view: CaseView, fullName?: string): void {
  const index = nameIndexFor(store);
  if (index === null) return;
  if (view.deletedAt !== null) index.remove(view.id);
  else if (fullName !== undefined) index.set(view.id, fullName);
  else if (!index.has(view.id)) void index.reload(view.id).catch(() => undefined);
}
