import {
  Alert,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentRef } from '../../../../shared/exchange/common';
import type { PublicKeyInfo } from '../../../../shared/exchange/keys-contract';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { useStore } from '../../../db';
import { host } from '../../../host/host';
import { DestinationPicker } from '../ui/DestinationPicker';
import { formatDay } from '../ui/format';
import { call, errorText } from '../ui/host-call';
import { useUnitName } from '../ui/use-unit-name';
import { ApproveKeyDialog } from './ApproveKeyDialog';
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
  const [own, setOwn] = useState<PublicKeyInfo | null>(null);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [approving, setApproving] = useState<Peer | null>(null);
  const [made, setMade] = useState<SentRef | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [info, list] = await Promise.all([host.keys.publicInfo(), host.trust.list()]);
    setOwn(info.ok ? info.value : null);
    setPeers(list.ok ? list.value.peers : []);
  }, []);
  useEffect(() => {
    if (keysState.state === 'ready') void load();
  }, [keysState, load]);

  const make = async (action: () => Promise<{ recipientUnit: string; sequence: number }>) => {
    setFailure(null);
    try {
      const sent = await action();
      setMade({ recipientUnit: sent.recipientUnit, sequence: sent.sequence });
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  if (office === null) return <Alert severity="warning">{t('exchange.notSetUp')}</Alert>;
  const province = office.role === 'province';
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('exchange.keys.ownHeading')}
        </Typography>
        {own === null ? (
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
                  void make(() =>
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
            {failure}
          </Alert>
        )}
        {made !== null && (
          <Stack sx={{ mt: 3 }}>
            <DestinationPicker bundleRef={made} />
          </Stack>
        )}
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('exchange.keys.peersHeading')}
        </Typography>
        {peers.length === 0 ? (
          <Alert severity="info">{t('exchange.keys.peersEmpty')}</Alert>
        ) : (
          <Table size="small" aria-label={t('exchange.keys.peersHeading')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('exchange.keys.unit')}</TableCell>
                <TableCell>{t('exchange.keys.fingerprint')}</TableCell>
                <TableCell>{t('exchange.keys.introducedBy')}</TableCell>
                <TableCell>{t('exchange.keys.importedAt')}</TableCell>
                <TableCell>{t('exchange.keys.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {peers.map((p) => (
                <TableRow key={p.keyId}>
                  <TableCell>{p.unitName ?? unitName(p.unit)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{p.signingFingerprint}</TableCell>
                  <TableCell>{t(`exchange.kinds.${p.introducedBy}`)}</TableCell>
                  <TableCell>{formatDay(p.importedAt)}</TableCell>
                  <TableCell>{t(`exchange.keys.peerStatus.${p.status}`)}</TableCell>
                  <TableCell>
                    {p.status === 'pending' && (
                      <Stack direction="row" spacing={1}>
                        <Button size="small" onClick={() => setApproving(p)}>
                          {t('exchange.keys.approve')}
                        </Button>
                        <Button
                          size="small"
                          color="error"
                          onClick={() => void host.trust.reject({ keyId: p.keyId }).then(load)}
                        >
                          {t('exchange.keys.reject')}
                        </Button>
                      </Stack>
                    )}
                    {province && p.status === 'approved' && (
                      <Button
                        size="small"
                        onClick={() =>
                          void make(() =>
                            call(host.bundles.createConfig({ recipientUnit: p.unit, records: {} })),
                          )
                        }
                      >
                        {t('exchange.keys.createConfig')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <ApproveKeyDialog
        peer={approving}
        unitName={approving === null ? '' : (approving.unitName ?? unitName(approving.unit))}
        onClose={() => {
          setApproving(null);
          void load();
        }}
      />
    </Stack>
  );
}
