import type { BinhAnStore } from '../../../db';
import { isStoreError } from '../../../db';

export const DRAFT_DEBOUNCE_MS = 1000;

export type DraftStatus =
  | { state: 'idle' }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed' }
  /** Auto-lock came first: the content waits in memory and is sealed as soon as the same user unlocks. */
  | { state: 'waitingForUnlock' };

type Slot = { kind: 'case' | 'caseEdit'; caseId: string | null };

/**
 * Autosaves one form as a sealed draft, about a second after the last keystroke. Saves run one
 * after another (the first one creates the draft and learns its id). If the session is locked when
 * a save is due, the content is kept in memory — where the form already held it — and written as
 * soon as the same user signs in again, even if the page was unmounted by the lock screen.
 */
export class DraftSaver {
  #id: string | undefined;
  #latest: unknown;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | undefined;
  #closed = false;
  readonly #userId: string | undefined;

  constructor(
    private readonly store: BinhAnStore,
    private readonly slot: Slot,
    id: string | undefined,
    private readonly onStatus: (status: DraftStatus) => void,
  ) {
    this.#id = id;
    this.#userId = store.auth.session?.user.id;
  }

  get id(): string | undefined {
    return this.#id;
  }

  change(content: unknown): void {
    if (this.#closed) return;
    this.#latest = content;
    this.#dirty = true;
    this.onStatus({ state: 'dirty' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), DRAFT_DEBOUNCE_MS);
  }

  /** Writes what is pending now (leaving the page, closing the window). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#dirty || this.#closed) return this.#chain;
    this.#dirty = false;
    const content = this.#latest;
    this.#chain = this.#chain.then(() => this.#save(content));
    return this.#chain;
  }

  /** The form was saved as a case or the officer dropped the draft: forget it, here and on disk. */
  async discard(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
    await this.#chain;
    if (this.#id !== undefined) await this.store.drafts.discard(this.#id);
  }

  async #save(content: unknown): Promise<void> {
    const session = this.store.auth.session;
    if (session === null || session.locked) {
      this.#waitForUnlock();
      return;
    }
    this.onStatus({ state: 'saving' });
    try {
      this.#id = await this.store.drafts.save({
        ...(this.#id === undefined ? {} : { id: this.#id }),
        kind: this.slot.kind,
        caseId: this.slot.caseId,
        content,
      });
      this.onStatus({ state: 'saved', at: new Date().toISOString() });
    } catch (error) {
      if (isStoreError(error, 'locked')) this.#waitForUnlock();
      else {
        this.#latest = content;
        this.#dirty = true;
        this.onStatus({ state: 'failed' });
      }
    }
  }

  #waitForUnlock(): void {
    this.#dirty = true;
    this.onStatus({ state: 'waitingForUnlock' });
    if (this.#unsubscribe !== undefined) return;
    this.#unsubscribe = this.store.auth.subscribe(() => {
      const session = this.store.auth.session;
      if (session === null || session.locked) return;
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      // Someone else signed in: the content is not theirs to keep.
      if (session.user.id !== this.#userId) {
        this.#closed = true;
        this.#latest = undefined;
        return;
      }
      void this.flush();
    });
  }
}
