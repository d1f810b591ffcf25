import StorageOutlined from '@mui/icons-material/StorageOutlined';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DB_NAME } from '../db';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Drops the database this profile cannot open, then starts again: the start-up check then finds the
 * office's data folder without its store and shows the damaged-store screen with the newest backup.
 */
async function dropStoreAndReload(): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = window.indexedDB.deleteDatabase(DEFAULT_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
  window.location.reload();
}

/** IndexedDB would not open: say so calmly, say what to do, and show the detail for the IT officer. */
export function StoreUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ maxWidth: 640, p: 4 }} role="alert">
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <StorageOutlined color="action" fontSize="large" />
            <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
              {t('auth.storeUnavailable.title')}
            </Typography>
          </Stack>
          <Typography>{t('auth.storeUnavailable.body')}</Typography>
          <Typography sx={{ fontWeight: 600 }}>{t('auth.storeUnavailable.what')}</Typography>
          <Box component="ol" sx={{ m: 0, pl: 3 }}>
            <li>{t('auth.storeUnavailable.step1')}</li>
            <li>{t('auth.storeUnavailable.step2')}</li>
            <li>{t('auth.storeUnavailable.step3')}</li>
          </Box>
          <Typography variant="caption" color="text.secondary">
            {t('auth.storeUnavailable.detail')}
          </Typography>
          <Box
            component="pre"
            sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', whiteSpace: 'pre-wrap', fontSize: 13 }}
          >
            {detail}
          </Box>
          <Stack direction="row" spacing={2}>
            <Button variant="contained" onClick={() => window.location.reload()}>
              {t('auth.storeUnavailable.retry')}
            </Button>
            <Button onClick={() => setConfirming(true)}>{t('auth.storeUnavailable.restore')}</Button>
          </Stack>
          <ConfirmDialog
            open={confirming}
            title={t('auth.storeUnavailable.restore')}
            confirmLabel={t('auth.storeUnavailable.restore')}
            danger
            onCancel={() => setConfirming(false)}
            onConfirm={() => void dropStoreAndReload()}
          >
            {t('auth.storeUnavailable.restoreConfirm')}
          </ConfirmDialog>
        </Stack>
      </Paper>
    </Box>
  );
}
