import { Box, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

/** The calm full-screen frame of setup, sign-in and unlock: the app's name, one card, the language switch. */
export function AuthFrame({
  title,
  intro,
  width = 480,
  children,
}: {
  title: string;
  intro?: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box
      className="auth-frame"
      sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', flexDirection: 'column' }}
    >
      <Stack
        direction="row"
        spacing={1.5}
        sx={{ alignItems: 'center', px: 3, py: 1.5, bgcolor: 'primary.main', color: 'primary.contrastText' }}
      >
        <Box component="img" src="./icon.svg" alt="" sx={{ width: 32, height: 32 }} />
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="div" sx={{ lineHeight: 1.2 }}>
            {t('shell.app.name')}
          </Typography>
          <Typography variant="caption" sx={{ opacity: 0.85 }}>
            {t('shell.app.tagline')}
          </Typography>
        </Stack>
        <LanguageSwitch />
      </Stack>
      <Box sx={{ flexGrow: 1, display: 'grid', placeItems: 'start center', p: 3, pt: { xs: 3, md: 6 } }}>
        <Paper
          component="main"
          variant="outlined"
          sx={{ width: '100%', maxWidth: width, p: { xs: 3, md: 4 } }}
        >
          <Stack spacing={0.75} sx={{ mb: 3 }}>
            <Typography variant="h1" sx={{ fontSize: '1.6rem' }}>
              {title}
            </Typography>
            {intro !== undefined && <Typography color="text.secondary">{intro}</Typography>}
          </Stack>
          {children}
        </Paper>
      </Box>
    </Box>
  );
}
