import type { HostHandlers } from '../../../shared/host-api.ts';
import { decodeWrappingKey, type KeySession } from './key-session.ts';

export function createKeysHandlers(session: KeySession): HostHandlers['keys'] {
  return {
    status: () => session.status(),
    create: ({ unit, wrappingKey }) => session.create(unit, decodeWrappingKey(wrappingKey)),
    unlock: ({ wrappingKey }) => session.unlock(decodeWrappingKey(wrappingKey)),
    lock: () => session.lock(),
    publicInfo: () => session.publicInfo(),
  };
}
