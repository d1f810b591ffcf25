import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../db';

/** Unit code → its name from the store's unit list (codes travel in bundles; people read names). */
export function useUnitName(): (code: string) => string {
  const { t } = useTranslation();
  const store = useStore();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    void store.units
      .list()
      .then((units) => setNames(new Map(units.map((u) => [u.code, u.name]))))
      .catch(() => undefined);
  }, [store]);
  return useCallback((code: string) => names.get(code) ?? t('exchange.units.unknown', { code }), [names, t]);
}
