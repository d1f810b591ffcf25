import { Alert, Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/text/dates';
import { useAppInfo } from './use-app-info';

export function AppInfoCard() {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (info.state === 'failed') return <Alert severity="error">{t(`errors.host.${info.error.code}`)}</Alert>;
  const value = info.state === 'ready' ? info.value : null;
  const rows: [string, string][] = [
    [t('pages.overview.today'), formatDate(new Date())],
    [t('pages.overview.version'), value?.version ?? t('pages.overview.loading')],
    [
      t('pages.overview.transport'),
      value
        ? t(
            value.transport === 'electron'
              ? 'pages.overview.transportElectron'
              : 'pages.overview.transportWeb',
          )
        : '…',
    ],
    [
      t('pages.overview.electron'),
      value
        ? t(value.electronBinaryPresent ? 'pages.overview.electronPresent' : 'pages.overview.electronMissing')
        : '…',
    ],
    [t('pages.overview.platform'), value?.platform ?? '…'],
    [t('pages.overview.dataDir'), value?.dataDir ?? '…'],
  ];
  return (
    <Card sx={{ maxWidth: 720 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('pages.overview.aboutTitle')}
        </Typography>
        <Table size="small" aria-label={t('pages.overview.aboutTitle')}>
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
