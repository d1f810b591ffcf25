import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { UnitRecord } from '../../../shared/model';
import { useSession, useStore } from '../../db';

export type UnitChoice = { code: string; name: string; depth: number };

/**
 * The office's own unit and every unit below it, depth-first (district, then its communes): the
 * places an incident handled by this office can be recorded in. Units are few (hundreds), so one read.
 */
export type OfficeUnits = {
  choices: UnitChoice[];
  names: ReadonlyMap<string, string>;
  /** The unit and every unit below it. */
  within: (code: string) => ReadonlySet<string>;
};

export function useOfficeUnits(): OfficeUnits {
  const store = useStore();
  const session = useSession();
  const units = useLiveQuery(async () => {
    try {
      return await store.units.list();
    } catch {
      return [] as UnitRecord[];
    }
  }, [store, session]);
  return useMemo(() => {
    const all = units ?? [];
    const names = new Map(all.map((u) => [u.code, u.name]));
    const children = new Map<string, UnitRecord[]>();
    for (const unit of all) {
      if (unit.parentCode === null) continue;
      const list = children.get(unit.parentCode) ?? [];
      list.push(unit);
      children.set(unit.parentCode, list);
    }
    const choices: UnitChoice[] = [];
    const visit = (code: string, depth: number) => {
      const name = names.get(code);
      if (name === undefined || choices.some((c) => c.code === code)) return;
      choices.push({ code, name, depth });
      const below = [...(children.get(code) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      for (const child of below) visit(child.code, depth + 1);
    };
    const root = store.office?.unitCode;
    if (root !== undefined) visit(root, 0);
    const within = (code: string) => {
      const out = new Set([code]);
      const stack = [code];
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        for (const child of children.get(next) ?? []) {
          if (!out.has(child.code)) {
            out.add(child.code);
            stack.push(child.code);
          }
        }
      }
      return out;
    };
    return { choices, names, within };
  }, [units, store]);
}
