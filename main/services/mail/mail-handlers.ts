import { HostFailure } from '../../../shared/host/result';
import type { HostHandlers } from '../../../shared/host-api';
import type { MailServices } from './mail-services';
import { smtpProblemOf } from './smtp-test';

export function createMailHandlers(mail: MailServices): HostHandlers['mail'] {
  const { settings, store, outbox, imapSettings, staging, inbox } = mail;
  return {
    getSettings: () => settings.view(),
    saveSettings: async ({ settings: next, password }) => {
      const saved = await settings.save(next, password);
      outbox.kick();
      return saved;
    },
    enqueue: async ({ ref, replyTo }) => {
      if (replyTo === undefined) return outbox.enqueue(ref);
      // The address comes from a message main received, never from the renderer.
      const from = (await staging.find(replyTo))?.from ?? null;
      if (from === null) throw new HostFailure('notFound', 'mailNotFound');
      return outbox.enqueue(ref, [from]);
    },
    outbox: async () => ({ messages: await store.list(), running: outbox.isRunning() }),
    retryNow: ({ id }) => outbox.retryNow(id),
    remove: async ({ id }) => {
      await store.get(id);
      await store.remove(id);
      return null;
    },
    sendTest: async () => {
      const smtp = await settings.get();
      if (smtp === null) return { ok: false, problem: 'notSet' };
      try {
        await mail.sendTest(smtp, smtp.user === '' ? null : await settings.password());
        return { ok: true, to: smtp.to };
      } catch (e) {
        if (e instanceof HostFailure && e.reason === 'exchangeLocked')
          return { ok: false, problem: 'locked' };
        return { ok: false, problem: smtpProblemOf(e) };
      }
    },
    getInbox: () => imapSettings.view(),
    saveInbox: ({ settings: next, password }) => imapSettings.save(next, password),
    checkNow: () => {
      inbox.checkNow();
      return inbox.status();
    },
    inbox: () => inbox.status(),
    report: ({ id, result }) => staging.report(id, result),
  };
}
