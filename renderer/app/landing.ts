import type { Role } from '../../shared/model';

/**
 * Where a user lands when they sign in: their own work, never the page the previous user left open
 * (the hash address outlives a sign-out). A case worker starts on the cases; a data officer, an
 * administrator and a viewer on the dashboard (the administrator's office at a glance; Admin is one
 * click away). A user with several roles lands where the first of them in this order works.
 */
const HOMES: readonly (readonly [Role, `/${string}`])[] = [
  ['case_worker', '/cases'],
  ['data_officer', '/'],
  ['administrator', '/'],
  ['viewer', '/'],
];

export function homeOf(roles: readonly Role[]): `/${string}` {
  return HOMES.find(([role]) => roles.includes(role))?.[1] ?? '/';
}

/** Who was signed in last in this window: the same person signing back in continues where they were. */
let lastUser: string | null = null;

/**
 * Before the router reads the address: another user than the last one starts at their home (replacing
 * the entry, so Back does not return to the previous user's page); the same user keeps the address.
 */
export function landAtHome(user: { username: string; roles: readonly Role[] }): void {
  const same = lastUser === user.username;
  lastUser = user.username;
  if (same) return;
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${window.location.search}#${homeOf(user.roles)}`,
  );
}
