import { Alert, Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/text/dates';
import { useAppInfo } from './use-app-info';

export function AppInfoCard() {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (info.state === 'failed')
    return <Alert severity="error">{t(`shell.errors.host.${info.error.code}`)}</Alert>;
  const value = info.state === 'ready' ? info.value : null;
  const rows: [string, string][] = [
    [t('shell.pages.overview.today'), formatDate(new Date())],
    [t('shell.pages.overview.version'), value?.version ?? t('shell.pages.overview.loading')],
    [
      t('shell.pages.overview.transport'),
      value
        ? t(
            value.transport === 'electron'
              ? 'shell.pages.overview.transportElectron'
              : 'shell.pages.overview.transportWeb',
          )
        : '…',
    ],
    [
      t('shell.pages.overview.electron'),
      value
        ? t(
            value.electronBinaryPresent
              ? 'shell.pages.overview.electronPresent'
              : 'shell.pages.overview.electronMissing',
          )
        : '…',
    ],
    [t('shell.pages.overview.platform'), value?.platform ?? '…'],
    [t('shell.pages.overview.dataDir'), value?.dataDir ?? '…'],
  ];
  return (
    <Card sx={{ maxWidth: 720 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('shell.pages.overview.aboutTitle')}
        </Typography>
        <Table size="small" aria-label={t('shell.pages.overview.aboutTitle')}>
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
