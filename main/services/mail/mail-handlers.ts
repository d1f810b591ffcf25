import type { HostHandlers } from '../../../shared/host-api.ts';
import type { MailSettings } from './mail-settings.ts';
import type { Outbox } from './outbox.ts';
import type { OutboxStore } from './outbox-store.ts';

export function createMailHandlers(
  settings: MailSettings,
  store: OutboxStore,
  outbox: Outbox,
): HostHandlers['mail'] {
  return {
    getSettings: () => settings.view(),
    saveSettings: async ({ settings: next, password }) => {
      const saved = await settings.save(next, password);
      outbox.kick();
      return saved;
    },
    enqueue: ({ ref }) => outbox.enqueue(ref),
    outbox: async () => ({ messages: await store.list(), running: outbox.isRunning() }),
    retryNow: ({ id }) => outbox.retryNow(id),
    remove: async ({ id }) => {
      await store.get(id);
      await store.remove(id);
      return null;
    },
  };
}
