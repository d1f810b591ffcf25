import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { NotFoundPage } from '../ui/NotFoundPage';

/**
 * An area whose pages are one level deep (`#/area/section`): any other address under it — an unknown
 * section, or anything below a section — is the not-found page, decided before the area renders, so an
 * area's own fallback can never redirect in a loop.
 */
export function KnownSections({ sections, children }: { sections: readonly string[]; children: ReactNode }) {
  const { pathname } = useLocation();
  const rest = pathname
    .split('/')
    .filter((part) => part !== '')
    .slice(1);
  const known = rest.length === 0 || (rest.length === 1 && sections.includes(rest[0] ?? ''));
  return known ? children : <NotFoundPage />;
}
