import type { AuditHead } from '../../shared/audit/audit-contract';

/**
 * Where the store reports the audit chain's newest entry after each write, and reads it back when
 * verifying: main, which keeps it outside IndexedDB and only moves it forward (shared/audit). The app
 * passes one built on `host.audit`; a store opened without one (unit tests of other features) just
 * cannot detect a truncated tail.
 */
export interface AuditHeadPort {
  read(): Promise<AuditHead | null>;
  advance(head: AuditHead): Promise<void>;
}

/** Reports heads in order, one at a time, and lets verification wait for what is still on its way. */
export class AuditHeadReporter {
  #queue: Promise<void> = Promise.resolve();

  constructor(readonly port: AuditHeadPort) {}

  report(head: AuditHead): void {
    // A refusal (the head is already further) is exactly what verification will report; never throw here.
    this.#queue = this.#queue.then(() => this.port.advance(head)).catch(() => undefined);
  }

  async settled(): Promise<void> {
    await this.#queue;
  }
}
