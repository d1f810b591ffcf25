import { useMemo } from 'react';
import type { Option } from './SelectField';
import { useMessage } from './use-message';

/** The labels of a store code list (store.enum.<name>.<code>) as select options, in list order. */
export function useEnumOptions(name: string, codes: readonly string[]): Option[] {
  const message = useMessage();
  return useMemo(
    () => codes.map((code) => ({ value: code, label: message(`store.enum.${name}.${code}`) })),
    [codes, message, name],
  );
}

/** One code's label, for views and exports. */
export const enumLabel = (message: (key: string) => string, name: string, code: string): string =>
  message(`store.enum.${name}.${code}`);
