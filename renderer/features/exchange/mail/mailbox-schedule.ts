import { useEffect } from 'react';
import { useSession, useStore } from '../../../db';
import { host } from '../../../host/host';
import { useHostKeysState } from '../keys/host-keys-state';
import { repeatEvery } from './repeat-every';

/** The round and its import code load with the first round, not with the shell. */
const loadRound = () => import('./mailbox-round');

/** How often the mailbox is checked by itself while someone who may exchange data is signed in. */
export const MAILBOX_CHECK_EVERY_MS = 15 * 60_000;

/**
 * The periodic mailbox check, mounted once by the signed-in shell: once main's exchange keys are open
 * (a check needs them) for a user who may exchange data, a mailbox round at once and every 15 minutes,
 * while a mailbox is configured. It runs in the background like "Kiểm tra hộp thư ngay" and is as
 * quiet: being offline is the normal state, so its outcome is the mail page's status line, never a
 * dialog.
 */
export function useMailboxSchedule(): void {
  const store = useStore();
  const session = useSession();
  const keys = useHostKeysState();
  const allowed = session !== null && !session.locked && session.can('exchange.run');
  const ready = keys.state === 'ready' && allowed;
  useEffect(() => {
    if (!ready) return;
    let ran = false;
    const stop = repeatEvery(MAILBOX_CHECK_EVERY_MS, async () => {
      const status = await host.mail.inbox();
      if (!status.ok || !status.value.configured) return;
      ran = true;
      await (await loadRound()).mailboxRound(host, store, { auto: true });
    });
    return () => {
      stop();
      if (ran) void loadRound().then((round) => round.forgetMailboxRound());
    };
  }, [ready, store]);
}
