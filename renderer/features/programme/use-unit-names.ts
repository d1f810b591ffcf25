import { useMemo } from 'react';
import { useUnits } from './use-programme';

/** Unit code → name, for lists that store codes. */
export function useUnitNames(): (code: string) => string {
  const units = useUnits().data;
  const names = useMemo(() => new Map((units ?? []).map((unit) => [unit.code, unit.name])), [units]);
  return (code) => names.get(code) ?? code;
}
