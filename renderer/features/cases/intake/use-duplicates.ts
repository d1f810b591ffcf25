import { useEffect, useState } from 'react';
import { type DuplicateMatch, useStore } from '../../../db';
import type { IntakeForm } from './intake-form';

const DEBOUNCE_MS = 400;

/**
 * Earlier cases that may be the same survivor, asked of the store's blind index while the officer
 * types name + phone, or name + birth year + commune. Nothing identifying is kept in any index.
 */
export function useDuplicates(form: IntakeForm, ignoreId: string | null): DuplicateMatch[] {
  const store = useStore();
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const fullName = form.identity.fullName.trim();
  const phone = form.identity.phone.trim();
  const birthYear = /^\d{4}$/.test(form.identity.birthYear.trim())
    ? Number(form.identity.birthYear)
    : undefined;
  const incidentUnit = form.incidentUnit;

  useEffect(() => {
    if (fullName.length < 2 || (phone.replace(/\D/g, '').length < 6 && birthYear === undefined)) {
      setMatches([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      store.cases
        .findDuplicates({
          fullName,
          ...(phone === '' ? {} : { phone }),
          ...(birthYear === undefined ? {} : { birthYear }),
          incidentUnit: incidentUnit === '' ? (store.office?.unitCode ?? '') : incidentUnit,
        })
        .then((found) => {
          if (live) setMatches(found.filter((m) => m.id !== ignoreId));
        })
        .catch(() => {
          if (live) setMatches([]);
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store, fullName, phone, birthYear, incidentUnit, ignoreId]);

  return matches;
}
