import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import { RecoveryKeySheet } from './RecoveryKeySheet';

type Props = {
  recoveryKey: string;
  office: string;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
};

/**
 * Step 3: the recovery key, shown this once. No copy button: Electron denies the clipboard, and a key
 * on paper in a locked cabinet is the point.
 */
export function RecoveryKeyStep({ recoveryKey, office, confirmed, onConfirmed }: Props) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2.5}>
      <Alert severity="warning">
        <Typography sx={{ fontWeight: 600 }}>{t('auth.setup.recovery.intro')}</Typography>
        {t('auth.setup.recovery.why')}
      </Alert>
      <RecoveryKeyGroups recoveryKey={recoveryKey} label={t('auth.setup.recovery.keyLabel')} />
      <div>
        <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
          {t('auth.setup.recovery.print')}
        </Button>
      </div>
      <FormControlLabel
        control={<Checkbox checked={confirmed} onChange={(event) => onConfirmed(event.target.checked)} />}
        label={t('auth.setup.recovery.confirm')}
      />
      <RecoveryKeySheet recoveryKey={recoveryKey} office={office} />
    </Stack>
  );
}
