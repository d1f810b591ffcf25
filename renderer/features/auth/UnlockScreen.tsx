import { Box, Button, Dialog, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSession, useStore } from '../../db';
import { SignInForm } from './SignInForm';

/**
 * Shown over the app while the session is locked. The page underneath is unmounted (so nothing it
 * showed stays on screen or in the DOM) but the address is kept: unlocking returns to the same page.
 */
export function UnlockScreen() {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  if (session === null) return null;
  return (
    <Dialog open fullScreen aria-labelledby="unlock-title">
      <Box
        sx={{ minHeight: '100%', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 3 }}
      >
        <Paper variant="outlined" sx={{ width: '100%', maxWidth: 480, p: 4 }}>
          <Stack spacing={1} sx={{ mb: 3 }}>
            <Typography id="unlock-title" variant="h1" sx={{ fontSize: '1.6rem' }}>
              {t('auth.unlock.title')}
            </Typography>
            <Typography color="text.secondary">
              {t('auth.unlock.intro', { name: `${session.user.displayName} (${session.user.username})` })}
            </Typography>
          </Stack>
          <SignInForm fixedUsername={session.user.username} submitLabel={t('auth.unlock.submit')} />
          <Button sx={{ mt: 2, px: 0 }} onClick={() => store.auth.logout()}>
            {t('auth.unlock.otherUser')}
          </Button>
        </Paper>
      </Box>
    </Dialog>
  );
}
