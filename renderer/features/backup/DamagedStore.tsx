import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityProblem } from '../../db';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';
import { RestoreFlow } from './RestoreFlow';

/**
 * The start-up check found the store damaged (issue 10 item 3): say what, in plain words, offer the
 * newest backup in the last backup folder, and do not open the office as if nothing had happened.
 */
export function DamagedStore({ problems }: { problems: readonly IntegrityProblem[] }) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const state = useHostQuery(['backup'], () => host.backup.state(), []);
  const folder = state.data?.lastFolder ?? null;
  const list = useHostQuery(['backup'], () => host.backup.list({ folder: folder ?? '/' }), [folder], {
    enabled: folder !== null,
  });
  const newest = list.data?.status === 'ok' ? list.data.backups[0] : undefined;
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Stack spacing={2} sx={{ maxWidth: 720 }} data-testid="damaged-store">
        <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
          {t('backup.damaged.title')}
        </Typography>
        <Alert severity="error" role="alert">
          {t('backup.damaged.body')}
          <Box component="ul" sx={{ mb: 0 }}>
            {problems.map((p) => (
              <li key={p}>{t(`backup.damaged.problem.${p}`)}</li>
            ))}
          </Box>
        </Alert>
        {restoring ? (
          <RestoreFlow
            // An empty store has no office to confirm replacing.
            overOffice={!problems.includes('storeMissing')}
            initialPath={newest?.path ?? ''}
            onCancel={() => setRestoring(false)}
          />
        ) : (
          <>
            <Typography>
              {newest === undefined
                ? t('backup.damaged.noBackup')
                : t('backup.damaged.newest', { file: newest.fileName, folder: folder ?? '' })}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
              <Button onClick={() => window.location.reload()}>{t('backup.damaged.retry')}</Button>
              <Button variant="contained" onClick={() => setRestoring(true)}>
                {t('backup.restore.offer')}
              </Button>
            </Stack>
          </>
        )}
      </Stack>
    </Box>
  );
}
