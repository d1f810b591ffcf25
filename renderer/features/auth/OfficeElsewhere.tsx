import { Alert, Button, Stack, Typography } from '@mui/material';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundOffice } from '../../../shared/app/app-contract';
import { useAppInfo } from '../admin/use-app-info';
import { RestoreFlow } from '../backup/RestoreFlow';
import { AuthFrame } from './AuthFrame';

/**
 * The data folder already belongs to an office, but this browser profile has no database (another
 * profile, a cleared one, a new PC): say whose folder it is and how to get back in — never offer the
 * first-run wizard, which would set up a second office over the same folder.
 */
export function OfficeElsewhere({ office, onRetry }: { office: BoundOffice; onRetry: () => void }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [restoring, setRestoring] = useState(false);
  if (restoring)
    return (
      <AuthFrame title={t('backup.restore.title')} width={720}>
        <RestoreFlow onCancel={() => setRestoring(false)} />
      </AuthFrame>
    );
  return (
    <AuthFrame title={t('auth.officeElsewhere.title', { name: office.name })} width={640}>
      <Stack spacing={2}>
        <Alert severity="warning">
          {t('auth.officeElsewhere.body', {
            name: office.name,
            unitCode: office.unitCode,
            date: format(parseISO(office.boundAt), 'dd/MM/yyyy'),
          })}
        </Alert>
        <Typography component="h2" variant="h6">
          {t('auth.officeElsewhere.what')}
        </Typography>
        <Typography component="ul" sx={{ pl: 3, m: 0, '& li': { mb: 1 } }}>
          <li>{t('auth.officeElsewhere.signIn')}</li>
          <li>{t('auth.officeElsewhere.restore')}</li>
        </Typography>
        {info.data !== undefined && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {t('auth.officeElsewhere.folder', { dataDir: info.data.dataDir })}
          </Typography>
        )}
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={() => setRestoring(true)}>{t('backup.restore.offer')}</Button>
          <Button variant="outlined" onClick={onRetry}>
            {t('auth.officeElsewhere.retry')}
          </Button>
        </Stack>
      </Stack>
    </AuthFrame>
  );
}
