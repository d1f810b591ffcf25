import { Alert, Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/text/dates';
import { useStore } from '../../db';
import { errorText } from '../../ui/store-error-text';
import { useAppInfo } from './use-app-info';

/** Version, transport and data folder as main reports them: what an IT officer asks for first. */
export function AppInfoCard() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const store = useStore();
  if (info.error !== null) return <Alert severity="error">{errorText(t, info.error)}</Alert>;
  const value = info.data ?? null;
  const rows: [string, string][] = [
    [t('admin.about.office'), store.office?.name ?? '…'],
    [t('admin.about.today'), formatDate(new Date())],
    [t('admin.about.version'), value?.version ?? t('admin.about.loading')],
    [
      t('admin.about.transport'),
      value
        ? t(value.transport === 'electron' ? 'admin.about.transportElectron' : 'admin.about.transportWeb')
        : '…',
    ],
    [
      t('admin.about.electron'),
      value
        ? t(value.electronBinaryPresent ? 'admin.about.electronPresent' : 'admin.about.electronMissing')
        : '…',
    ],
    [t('admin.about.platform'), value?.platform ?? '…'],
    [t('admin.about.dataDir'), value?.dataDir ?? '…'],
  ];
  return (
    <Card sx={{ maxWidth: 720 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('admin.about.title')}
        </Typography>
        <Table size="small" aria-label={t('admin.about.title')}>
          <TableBody>
            {rows.map(([label, text]) => (
              <TableRow key={label}>
                <TableCell component="th" scope="row" sx={{ width: 200, color: 'text.secondary' }}>
                  {label}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{text}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
