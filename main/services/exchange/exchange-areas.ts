import type { HostHandlers } from '../../../shared/host-api.ts';
import { createMailHandlers } from '../mail/mail-handlers.ts';
import { createMailServices, type MailOptions } from '../mail/mail-services.ts';
import { createBundlesHandlers } from './bundles-handlers.ts';
import { createDrivesHandlers } from './drives-handlers.ts';
import type { ExchangeDeps } from './exchange-deps.ts';
import { createExchangeServices } from './exchange-services.ts';
import { createKeysHandlers } from './keys-handlers.ts';
import { createTrustHandlers } from './trust-handlers.ts';

export type ExchangeHandlers = Pick<HostHandlers, 'keys' | 'trust' | 'bundles' | 'drives' | 'mail'>;

/** The exchange areas of the host API over one data folder, and the services behind them (for tests). */
export function createExchangeAreas(deps: ExchangeDeps, mailOptions: MailOptions = {}) {
  const services = createExchangeServices(deps);
  const mail = createMailServices(services, mailOptions);
  const handlers: ExchangeHandlers = {
    keys: createKeysHandlers(services.session),
    trust: createTrustHandlers(services),
    bundles: createBundlesHandlers(services),
    drives: createDrivesHandlers(deps),
    mail: createMailHandlers(mail.settings, mail.store, mail.outbox),
  };
  return { handlers, services, mail };
}
