import type { HostHandlers } from '../../../shared/host-api';
import type { Authority } from './authority';
import { decodeWrappingKey, type KeySession } from './key-session';

export function createKeysHandlers(session: KeySession, authority: Authority): HostHandlers['keys'] {
  return {
    status: () => session.status(),
    create: async ({ unit, wrappingKey, authority: publicKeys }) => {
      const info = await session.create(unit, decodeWrappingKey(wrappingKey));
      await authority.adopt(publicKeys, 'create');
      return info;
    },
    unlock: async ({ wrappingKey, authority: publicKeys }) => {
      const status = await session.unlock(decodeWrappingKey(wrappingKey));
      await authority.adopt(publicKeys, 'unlock');
      return status;
    },
    lock: () => session.lock(),
    publicInfo: () => session.publicInfo(),
  };
}
