import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { Chip, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Offline is the normal state: said calmly, once, never as a warning. */
export function OfflineBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('shell.app.offlineHint')}>
      <Chip
        icon={<CloudOffOutlined />}
        label={t('shell.app.offline')}
        size="small"
        variant="outlined"
        sx={{
          color: 'inherit',
          borderColor: 'rgba(255,255,255,0.5)',
          '& .MuiChip-icon': { color: 'inherit' },
        }}
      />
    </Tooltip>
  );
}
