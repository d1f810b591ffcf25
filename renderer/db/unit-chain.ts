import type { UnitChain } from '../../shared/aggregates/buckets';

/**
 * Parent links of all units, kept in memory (a few hundred rows) so that every write can credit a
 * unit's ancestors without reading the units table. Refreshed whenever units change.
 */
export class UnitTree {
  #parents = new Map<string, string | null>();

  replace(units: Iterable<{ code: string; parentCode: string | null }>): void {
    this.#parents = new Map([...units].map((unit) => [unit.code, unit.parentCode]));
  }

  /** One unit's parent, as a write changes it (the tree follows inside the transaction). */
  set(code: string, parentCode: string | null): void {
    this.#parents.set(code, parentCode);
  }

  /** The unit followed by its ancestors; unknown units stand alone. Guards against cycles. */
  readonly chain: UnitChain = (code) => {
    const out = [code];
    let parent = this.#parents.get(code) ?? null;
    while (parent !== null && !out.includes(parent)) {
      out.push(parent);
      parent = this.#parents.get(parent) ?? null;
    }
    return out;
  };

  /** All units below `code` (children, grandchildren…). */
  descendants(code: string): string[] {
    const out: string[] = [];
    for (const [child, parent] of this.#parents) {
      if (parent !== null && child !== code && this.chain(child).includes(code)) out.push(child);
    }
    return out;
  }

  has(code: string): boolean {
    return this.#parents.has(code);
  }
}
