import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeRecordCount } from '../../../../shared/exchange/sharing/shared-records';
import type { ExportProgress } from '../../../db';
import { useStore } from '../../../db';
import { type MadeBundle, makeDataBundle, pendingChanges } from '../../../exchange/send-bundle';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';
import { DestinationPicker } from '../ui/DestinationPicker';
import { formatBytes } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';
import { ResendRequests } from './ResendRequests';
import { SendingStatus } from './SendingStatus';

/** Office → province: make the next incremental data bundle, then choose where it goes. */
export function SendPage() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const office = store.office;
  const province = office?.provinceCode ?? '';
  const [range, setRange] = useState<{ from: number; count: number } | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [signing, setSigning] = useState(false);
  const [made, setMade] = useState<MadeBundle | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const peers = useHostQuery(['trust'], () => host.trust.list(), []);
  const provinceKey =
    peers.data === undefined
      ? null
      : peers.data.peers.some((p) => p.unit === province && p.status === 'approved');
  const refresh = useCallback(() => {
    if (province === '') return;
    void pendingChanges(store, province).then(setRange, () => setRange(null));
  }, [store, province]);
  useEffect(refresh, [refresh]);

  const create = async () => {
    setFailure(null);
    setMade(null);
    setProgress({ read: 0, total: 0 });
    try {
      const result = await makeDataBundle(store, host, province, (p) => {
        setProgress(p);
        if (p.read === p.total) setSigning(true);
      });
      setMade(result);
      refresh();
    } catch (e) {
      setFailure(errorText(t, e));
    } finally {
      setProgress(null);
      setSigning(false);
    }
  };

  if (office === null) return <Alert severity="warning">{t('exchange.notSetUp')}</Alert>;
  const others = programmeRecordCount(made?.sent.counts ?? {});
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 1 }}>
          {t('exchange.send.heading', { province: unitName(province) })}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('exchange.send.explain')}
        </Typography>
        {peers.error !== null && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {errorText(t, peers.error)}
          </Alert>
        )}
        {provinceKey === false && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('exchange.send.noProvinceKey')}
          </Alert>
        )}
        {range !== null && (
          <Typography sx={{ mb: 2 }}>
            {range.count > 0 ? t('exchange.send.since', { count: range.count }) : t('exchange.send.nothing')}
          </Typography>
        )}
        <Button
          variant="contained"
          disabled={progress !== null || provinceKey !== true}
          onClick={() => void create()}
        >
          {t('exchange.send.create')}
        </Button>
        {progress !== null && (
          <Box sx={{ mt: 2 }} role="status">
            <Typography>
              {signing ? t('exchange.send.signing') : t('exchange.send.creating', progress)}
            </Typography>
            <LinearProgress
              variant={progress.total > 0 && !signing ? 'determinate' : 'indeterminate'}
              value={progress.total > 0 ? (100 * progress.read) / progress.total : 0}
              aria-label={t('exchange.send.create')}
            />
          </Box>
        )}
        {failure !== null && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {failure}
          </Alert>
        )}
        {made !== null && (
          <Alert severity="success" sx={{ mt: 2 }} role="status">
            {t('exchange.send.created', {
              sequence: made.sent.sequence,
              size: formatBytes(made.sent.size, i18n.language),
              others,
            })}
          </Alert>
        )}
      </Paper>
      {made !== null && (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <DestinationPicker
            bundleRef={{ recipientUnit: province, sequence: made.sent.sequence }}
            kind="data"
          />
        </Paper>
      )}
      <ResendRequests />
      <SendingStatus peer={province} />
    </Stack>
  );
}
