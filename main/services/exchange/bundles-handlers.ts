import { findIdentifyingField } from '../../../shared/exchange/identifying-fields';
import { PUBLIC_KEYS_RECORD } from '../../../shared/exchange/key-intro';
import { RECEIPT_RECORD, type ReceiptRow } from '../../../shared/exchange/receipt';
import { checkShared } from '../../../shared/exchange/sharing/check-shared';
import { HostFailure } from '../../../shared/host/result';
import type { HostHandlers } from '../../../shared/host-api';
import type { ExchangeServices } from './exchange-services';
import { publicSender } from './inbox-store';

export function createBundlesHandlers(x: ExchangeServices): HostHandlers['bundles'] {
  const { sending, receiving, session } = x;
  return {
    createData: ({ recipientUnit, records }) => {
      // Main's second lock checks content, not names: the renderer's de-identified rows must match the
      // information-sharing rule's schemas exactly, so identity under any field name stays home.
      const field = findIdentifyingField(records);
      if (field !== null) {
        throw new HostFailure('notAllowed', 'identifyingField', { field: field.slice(0, 80) });
      }
      const checked = checkShared(records);
      if (!checked.ok) {
        throw new HostFailure('notAllowed', 'notDeidentified', { where: checked.where });
      }
      return sending.create('data', recipientUnit, checked.records);
    },
    createConfig: ({ recipientUnit, records }) => {
      if (Object.hasOwn(records, PUBLIC_KEYS_RECORD)) {
        throw new HostFailure('invalidInput', 'configKeysAdded');
      }
      return sending.create('config', recipientUnit, { ...records, [PUBLIC_KEYS_RECORD]: [ownKeysRow()] });
    },
    createEnrollment: ({ recipientUnit, unitName }) =>
      sending.create('enrollment', recipientUnit, {
        [PUBLIC_KEYS_RECORD]: [{ ...ownKeysRow(), ...(unitName === undefined ? {} : { unitName }) }],
      }),
    createReceipt: async ({ officeUnit }) => {
      const from = await x.inbox.get(officeUnit);
      if (from === null) throw new HostFailure('notFound', 'nothingReceived', { unit: officeUnit });
      const row: ReceiptRow = {
        forUnit: officeUnit,
        received: from.received,
        missing: from.missing,
        lastSequence: from.lastSequence,
        lastManifestSha256: from.lastManifestSha256,
      };
      return sending.create('receipt', officeUnit, { [RECEIPT_RECORD]: [row] });
    },
    listSent: async ({ recipientUnit }) => ({ bundles: await x.sent.list(recipientUnit) }),
    saveTo: ({ ref, to, path }) => sending.saveTo(ref, to, path),
    download: ({ ref }) => sending.download(ref),
    open: ({ source, kinds }) => receiving.open(source, kinds ?? ['data', 'config', 'enrollment']),
    commit: ({ manifestSha256, importedBy }) => receiving.commit(manifestSha256, importedBy ?? null),
    importReceipt: ({ source, importedBy }) => receiving.importReceipt(source, importedBy ?? null),
    inbox: async () => ({ senders: (await x.inbox.list()).map(publicSender) }),
    peek: ({ source }) => receiving.peek(source),
    history: async ({ unit }) => ({ entries: await x.inbox.history(unit) }),
    requests: async () => ({ requests: await x.sent.requests() }),
  };

  function ownKeysRow() {
    const { unit, publicInfo } = session.require();
    return { unit, signingPublicKey: publicInfo.signingPublicKey, ageRecipient: publicInfo.ageRecipient };
  }
}
