import StorageOutlined from '@mui/icons-material/StorageOutlined';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** IndexedDB would not open: say so calmly, say what to do, and show the detail for the IT officer. */
export function StoreUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
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
          <Box>
            <Button variant="contained" onClick={() => window.location.reload()}>
              {t('auth.storeUnavailable.retry')}
            </Button>
          </Box>
        </Stack>
      </Paper>
    </Box>
  );
}
