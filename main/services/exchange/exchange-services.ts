import { TrustStore } from '../trust/trust-store';
import { type ExchangeDeps, exchangeDirs } from './exchange-deps';
import { InboxStore } from './inbox-store';
import { KeySession } from './key-session';
import { createReceiving } from './receiving';
import { createSending } from './sending';
import { SentStore } from './sent-store';

/** The exchange services over one data folder; built once per process by createHostHandlers. */
export function createExchangeServices(deps: ExchangeDeps) {
  const dirs = exchangeDirs(deps.dataDir);
  const { fs, clock } = deps;
  const session = new KeySession({ fs, keysDir: dirs.keys, secretStores: deps.secretStores, clock });
  const trust = new TrustStore(fs, dirs.trust, clock);
  const sent = new SentStore(fs, dirs.sent, clock);
  const inbox = new InboxStore(fs, dirs.inbox, clock);
  const sending = createSending({ fs, clock, session, trust, sent, listDrives: deps.listDrives });
  const receiving = createReceiving({ fs, session, trust, inbox, sent });
  return { deps, dirs, session, trust, sent, inbox, sending, receiving };
}

export type ExchangeServices = ReturnType<typeof createExchangeServices>;
