import path from 'node:path';
import type { Peer } from '../../../shared/exchange/trust-contract';
import type { HostHandlers } from '../../../shared/host-api';
import { createMailHandlers } from '../mail/mail-handlers';
import { createMailServices, type MailOptions } from '../mail/mail-services';
import { Authority, type ChangeSubject } from './authority';
import { createBundlesHandlers } from './bundles-handlers';
import { createDrivesHandlers } from './drives-handlers';
import type { ExchangeDeps } from './exchange-deps';
import { createExchangeServices, type ExchangeServices } from './exchange-services';
import { createKeysHandlers } from './keys-handlers';
import { createTrustHandlers } from './trust-handlers';

export type ExchangeHandlers = Pick<HostHandlers, 'keys' | 'trust' | 'bundles' | 'drives' | 'mail'>;

/** The exchange areas of the host API over one data folder, and the services behind them (for tests). */
export function createExchangeAreas(deps: ExchangeDeps, mailOptions: MailOptions = {}) {
  const services = createExchangeServices(deps);
  const mail = createMailServices(services, mailOptions);
  const authority = new Authority({
    fs: deps.fs,
    dir: path.join(deps.dataDir, 'authority'),
    clock: deps.clock,
  });
  const handlers = guarded(
    {
      keys: createKeysHandlers(services.session, authority),
      trust: createTrustHandlers(services),
      bundles: createBundlesHandlers(services),
      drives: createDrivesHandlers(deps),
      mail: createMailHandlers(mail),
    },
    authority,
    services,
  );
  return { handlers, services, mail, authority };
}

/**
 * The same handlers, with every call of GUARDED_CALLS behind main's own check of an authority proof
 * (shared/exchange/authority.ts) and recorded in main's change log.
 */
function guarded(h: ExchangeHandlers, authority: Authority, x: ExchangeServices): ExchangeHandlers {
  const peerSubject = (peer: Peer): ChangeSubject => ({
    subject: `${peer.unit}/${peer.keyId}`,
    fingerprint: peer.signingFingerprint,
  });
  const bundleSubject = async (sent: {
    recipientUnit: string;
    sequence: number;
  }): Promise<ChangeSubject> => ({
    subject: `${sent.recipientUnit}#${sent.sequence}`,
    fingerprint: (await x.trust.approvedPeer(sent.recipientUnit))?.ageFingerprint ?? null,
  });
  const { trust, bundles, mail } = h;
  return {
    ...h,
    trust: {
      ...trust,
      importKeys: (input) =>
        authority.authorise(
          'trust:importKeys',
          input,
          () => trust.importKeys(input),
          (r) => (r.ok ? peerSubject(r.peer) : { subject: null, fingerprint: null, outcome: 'rejected' }),
        ),
      approve: (input) =>
        authority.authorise('trust:approve', input, () => trust.approve(input), peerSubject),
      reject: (input) => authority.authorise('trust:reject', input, () => trust.reject(input), peerSubject),
    },
    bundles: {
      ...bundles,
      createData: (input) =>
        authority.authorise('bundles:createData', input, () => bundles.createData(input), bundleSubject),
      createConfig: (input) =>
        authority.authorise('bundles:createConfig', input, () => bundles.createConfig(input), bundleSubject),
      createEnrollment: (input) =>
        authority.authorise(
          'bundles:createEnrollment',
          input,
          () => bundles.createEnrollment(input),
          bundleSubject,
        ),
      createReceipt: (input) =>
        authority.authorise(
          'bundles:createReceipt',
          input,
          () => bundles.createReceipt(input),
          bundleSubject,
        ),
    },
    mail: {
      ...mail,
      saveSettings: (input) =>
        authority.authorise(
          'mail:saveSettings',
          input,
          () => mail.saveSettings(input),
          (saved) => ({ subject: `${saved.host}:${saved.port}`, fingerprint: null }),
        ),
      saveInbox: (input) =>
        authority.authorise(
          'mail:saveInbox',
          input,
          () => mail.saveInbox(input),
          (saved) => ({ subject: `imap ${saved.host}:${saved.port}`, fingerprint: null }),
        ),
    },
  };
}
