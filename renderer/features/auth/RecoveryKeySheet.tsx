import { Box, GlobalStyles, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/text/dates';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

/**
 * The page `window.print()` prints: hidden on screen, and in print the only thing shown (the print
 * stylesheet hides everything else), so the recovery key lands on paper with its instructions.
 */
export function RecoveryKeySheet({ recoveryKey, office }: { recoveryKey: string; office: string }) {
  const { t } = useTranslation();
  return (
    <>
      <GlobalStyles
        styles={{
          '@media print': {
            'body *': { visibility: 'hidden' },
            '.recovery-sheet, .recovery-sheet *': { visibility: 'visible' },
            '.recovery-sheet': { display: 'block !important', position: 'absolute', inset: 0 },
          },
        }}
      />
      <Box className="recovery-sheet" sx={{ display: 'none', p: 4, color: '#000', bgcolor: '#fff' }}>
        <Stack spacing={2.5}>
          <Typography variant="h1" sx={{ fontSize: '1.8rem' }}>
            {t('auth.setup.sheet.title')}
          </Typography>
          <Typography>
            <strong>{t('auth.setup.sheet.office')}:</strong> {office}
          </Typography>
          <Typography>
            <strong>{t('auth.setup.sheet.date')}:</strong> {formatDate(new Date())}
          </Typography>
          <RecoveryKeyGroups recoveryKey={recoveryKey} label={t('auth.setup.recovery.keyLabel')} />
          <Box component="ol" sx={{ pl: 3, '& li': { mb: 1 } }}>
            <li>{t('auth.setup.sheet.instructions1')}</li>
            <li>{t('auth.setup.sheet.instructions2')}</li>
            <li>{t('auth.setup.sheet.instructions3')}</li>
          </Box>
        </Stack>
      </Box>
    </>
  );
}
