import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../../renderer/app/areas';
import { KnownSections } from '../../../../renderer/app/KnownSections';
import { createRouter } from '../../../../renderer/app/routes';
import { RequirePermission } from '../../../../renderer/ui/RequirePermission';
import type { Permission } from '../../../../shared/model';

type GuardProps = { permission?: Permission; children?: ReactNode };

/** The permission a route's element is guarded by (looking through the known-sections check). */
function guardOf(node: ReactNode): Permission | undefined {
  if (!isValidElement<GuardProps>(node)) return undefined;
  if (node.type === KnownSections) return guardOf(node.props.children);
  return node.type === RequirePermission ? node.props.permission : undefined;
}

describe('the areas table', () => {
  it('gives every area one route, in its order, behind its permission; the not-found page comes last', () => {
    const router = createRouter();
    const children = router.routes[0]?.children ?? [];
    expect(children.map((route) => (route.index === true ? '(index)' : route.path))).toEqual([
      '(index)',
      'reports',
      'dhis2',
      'cases/*',
      'programme/*',
      'exchange/*',
      'admin/*',
      '*',
    ]);
    expect(children.slice(0, AREAS.length).map((route) => guardOf(route.element))).toEqual(
      AREAS.map((area) => area.permission),
    );
    router.dispose();
  });

  it('has one entry per address, each page loaded on demand', () => {
    expect(new Set(AREAS.map((area) => area.path)).size).toBe(AREAS.length);
    for (const area of AREAS) expect(area.element.$$typeof).toBe(Symbol.for('react.lazy'));
  });
});
