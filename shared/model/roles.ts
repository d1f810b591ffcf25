/**
 * Roles and what they may do. A user holds one or more roles (a small office's only officer may be
 * both administrator and case worker); permissions are the union. Repositories check these —
 * hiding a button is not enough.
 */
export const ROLES = ['administrator', 'case_worker', 'data_officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** See survivor-identifying data (name, phone, address, ID numbers, narrative). */
  'case.identify',
  /** Create and edit cases, services, follow-ups (always with identifying data). */
  'case.write',
  /** See case records without identifying data (lists, de-identified exports, drill-down). */
  'case.read',
  /** Restore a deleted case. */
  'case.restore',
  'programme.write',
  'programme.read',
  'dashboard.read',
  'exchange.run',
  'users.manage',
  'audit.read',
  'settings.manage',
  'store.maintain',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  // Administrators run the office's installation but do not read survivors' identities by role alone.
  administrator: [
    'case.read',
    'case.restore',
    'programme.read',
    'programme.write',
    'dashboard.read',
    'exchange.run',
    'users.manage',
    'audit.read',
    'settings.manage',
    'store.maintain',
  ],
  case_worker: ['case.identify', 'case.write', 'case.read', 'programme.read', 'dashboard.read'],
  data_officer: ['case.read', 'programme.read', 'programme.write', 'dashboard.read', 'exchange.run'],
  viewer: ['dashboard.read', 'programme.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => GRANTS[role]));
}
