import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentRef } from '../../../../shared/exchange/common';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { useStore } from '../../../db';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import type { Column } from '../../../ui/DataTable';
import { errorText } from '../../../ui/store-error-text';
import { TableCard } from '../../../ui/TableCard';
import { DestinationPicker } from '../ui/DestinationPicker';
import { formatDay } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';
import { ApproveKeyDialog } from './ApproveKeyDialog';
import { ExportPublicKeys } from './ExportPublicKeys';
import { Fingerprint } from './Fingerprint';
import { useHostKeysState } from './host-keys-state';

/**
 * This office's fingerprint (large, to read over the phone), its enrollment bundle (offices) or the
 * config bundles it answers with (province), and the other units' keys with their approval.
 */
export function KeysPage() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const keysState = useHostKeysState();
  const office = store.office;
  const ready = keysState.state === 'ready';
  const ownKey = useHostQuery(['keys'], () => host.keys.publicInfo(), [], { enabled: ready });
  const peerList = useHostQuery(['trust'], () => host.trust.list(), [], { enabled: ready });
  const own = ownKey.data ?? null;
  const peers = peerList.data?.peers ?? [];
  const [approving, setApproving] = useState<Peer | null>(null);
  const [made, setMade] = useState<(SentRef & { kind: 'enrollment' | 'config'; name?: string }) | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const make = async (
    kind: 'enrollment' | 'config',
    action: () => Promise<{ recipientUnit: string; sequence: number }>,
    name?: string,
  ) => {
    setFailure(null);
    setMade(null);
    try {
      const sent = await action();
      setMade({
        recipientUnit: sent.recipientUnit,
        sequence: sent.sequence,
        kind,
        ...(name === undefined ? {} : { name }),
      });
    } catch (e) {
      setFailure(e);
    }
  };
  const reject = async (peer: Peer) => {
    setFailure(null);
    try {
      await call(host.trust.reject({ keyId: peer.keyId }));
    } catch (e) {
      setFailure(e);
    }
  };
  if (office === null) return <Alert severity="warning">{t('exchange.notSetUp')}</Alert>;
  const province = office.role === 'province';
  const nameOf = (p: Peer) => p.unitName ?? unitName(p.unit);
  const peerColumns: Column<Peer>[] = [
    { key: 'unit', header: t('exchange.keys.unit'), width: '1.2fr', render: nameOf },
    {
      key: 'fingerprint',
      header: t('exchange.keys.fingerprint'),
      width: '1.6fr',
      // A key waiting for approval keeps its code hidden: it must come over the phone.
      render: (p) => (
        <Box component="span" sx={{ fontFamily: 'monospace' }}>
          {p.status === 'pending' ? t('exchange.keys.fingerprintByPhone') : p.signingFingerprint}
        </Box>
      ),
    },
    {
      key: 'introduced',
      header: t('exchange.keys.introducedBy'),
      width: '1fr',
      render: (p) => t(`exchange.kinds.${p.introducedBy}`),
    },
    {
      key: 'imported',
      header: t('exchange.keys.importedAt'),
      width: '0.8fr',
      render: (p) => formatDay(p.importedAt),
    },
    {
      key: 'status',
      header: t('exchange.keys.status'),
      width: '0.8fr',
      render: (p) => t(`exchange.keys.peerStatus.${p.status}`),
    },
    {
      key: 'actions',
      header: '',
      width: '1.4fr',
      render: (p) => (
        <>
          {p.status === 'pending' && (
            <Stack direction="row" spacing={1}>
              <Button size="small" onClick={() => setApproving(p)}>
                {t('exchange.keys.approve')}
              </Button>
              <Button size="small" color="error" onClick={() => void reject(p)}>
                {t('exchange.keys.reject')}
              </Button>
            </Stack>
          )}
          {province && p.status === 'approved' && (
            <Button
              size="small"
              onClick={() =>
                void make(
                  'config',
                  // The province's unit tree and plans ride along, under the next config version.
                  async () =>
                    call(
                      host.bundles.createConfig({
                        recipientUnit: p.unit,
                        records: await store.config.issue(),
                      }),
                    ),
                  nameOf(p),
                )
              }
            >
              {t('exchange.keys.createConfig', { unit: nameOf(p) })}
            </Button>
          )}
        </>
      ),
    },
  ];
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('exchange.keys.ownHeading')}
        </Typography>
        {ownKey.error !== null ? (
          <Alert severity="error" role="alert">
            {errorText(t, ownKey.error)}
          </Alert>
        ) : own === null ? (
          <Alert severity="info">{t('exchange.keys.notReady')}</Alert>
        ) : (
          <>
            <Fingerprint label={t('exchange.keys.fingerprint')} value={own.signingFingerprint} />
            <Typography color="text.secondary">{t('exchange.keys.fingerprintHelp')}</Typography>
          </>
        )}
        {!province && (
          <Stack spacing={1} sx={{ mt: 3 }}>
            <Typography variant="h3">{t('exchange.keys.enrollHeading')}</Typography>
            <Typography color="text.secondary">{t('exchange.keys.enrollExplain')}</Typography>
            <div>
              <Button
                variant="contained"
                disabled={own === null}
                onClick={() =>
                  void make('enrollment', () =>
                    call(
                      host.bundles.createEnrollment({
                        recipientUnit: office.provinceCode,
                        unitName: office.name,
                      }),
                    ),
                  )
                }
              >
                {t('exchange.keys.createEnrollment')}
              </Button>
            </div>
          </Stack>
        )}
        {failure !== null && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {errorText(t, failure)}
          </Alert>
        )}
        {made !== null && (
          <Stack sx={{ mt: 3 }}>
            <DestinationPicker
              bundleRef={{ recipientUnit: made.recipientUnit, sequence: made.sequence }}
              kind={made.kind}
              recipientName={made.name}
            />
          </Stack>
        )}
      </Paper>
      <TableCard
        heading={t('exchange.keys.peersHeading')}
        error={peerList.error}
        rows={peerList.data?.peers}
        empty={t('exchange.keys.peersEmpty')}
        label={t('exchange.keys.peersHeading')}
        columns={peerColumns}
        rowKey={(p) => p.keyId}
      />
      <ExportPublicKeys peers={peers} />
      <ApproveKeyDialog
        peer={approving}
        unitName={approving === null ? '' : nameOf(approving)}
        onClose={() => setApproving(null)}
      />
    </Stack>
  );
}
