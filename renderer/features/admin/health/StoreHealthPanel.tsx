import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import {
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BUCKET_KINDS } from '../../../../shared/aggregates/buckets';
import { useAggregateTotals, useStore, useStoreHealth, useUsers } from '../../../db';
import { AggregateCheck } from './AggregateCheck';
import { formatBytes, useStorageEstimate } from './use-storage-estimate';

/** Admin → Tình trạng kho dữ liệu: is the data kept, how much space, how many records, are the counters right. */
export function StoreHealthPanel() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const health = useStoreHealth();
  const estimate = useStorageEstimate();
  const users = useUsers();
  const root = store.office?.provinceCode ?? '';
  const cases = useAggregateTotals(BUCKET_KINDS.cases, root);
  const trained = useAggregateTotals(BUCKET_KINDS.firstTrained, root);
  const schools = useAggregateTotals(BUCKET_KINDS.schoolRegister, root);
  const { persisted, supported } = store.persistence;
  const bytes = (n: number | null | undefined) =>
    n === null || n === undefined ? t('admin.health.unknown') : formatBytes(n, i18n.language);
  const count = (n: number | undefined) =>
    n === undefined ? '…' : n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const rows: [string, string][] = [
    [
      t('admin.health.usage'),
      t('admin.health.usageValue', { usage: bytes(estimate?.usage), quota: bytes(estimate?.quota) }),
    ],
    [t('admin.health.lastChange'), count(health.data?.lastChangeSeq)],
    [t('admin.health.cases'), count(cases.data === undefined ? undefined : (cases.data.total ?? 0))],
    [t('admin.health.people'), count(trained.data === undefined ? undefined : (trained.data.people ?? 0))],
    [t('admin.health.schools'), count(schools.data === undefined ? undefined : (schools.data.schools ?? 0))],
    [t('admin.health.users'), count(users.data?.length)],
  ];
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="h2">{t('admin.health.persistTitle')}</Typography>
            <Chip
              icon={persisted ? <CheckCircleOutlined /> : <WarningAmberOutlined />}
              color={persisted ? 'success' : 'warning'}
              variant="outlined"
              label={t(persisted ? 'admin.health.persisted' : 'admin.health.notPersisted')}
            />
          </Stack>
          <Typography>
            {persisted
              ? t('admin.health.persistedBody')
              : supported
                ? t('admin.health.notPersistedBody')
                : `${t('admin.health.unsupported')} ${t('admin.health.notPersistedBody')}`}
          </Typography>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h2" gutterBottom>
            {t('admin.health.countsTitle')}
          </Typography>
          <Table size="small" aria-label={t('admin.health.countsTitle')}>
            <TableBody>
              {rows.map(([label, value]) => (
                <TableRow key={label}>
                  <TableCell component="th" scope="row" sx={{ width: 280, color: 'text.secondary' }}>
                    {label}
                  </TableCell>
                  <TableCell>{value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="caption" color="text.secondary">
            {t('admin.health.countsNote')}
          </Typography>
        </CardContent>
      </Card>
      <AggregateCheck />
    </Stack>
  );
}
