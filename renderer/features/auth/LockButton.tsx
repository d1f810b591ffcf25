import LockOutlined from '@mui/icons-material/LockOutlined';
import { IconButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../db';

/** Locks at once (the officer steps away): the keys leave memory, the page stays where it was. */
export function LockButton() {
  const { t } = useTranslation();
  const store = useStore();
  return (
    <Tooltip title={t('auth.menu.lockHint')}>
      <IconButton color="inherit" aria-label={t('auth.menu.lock')} onClick={() => store.auth.lock()}>
        <LockOutlined />
      </IconButton>
    </Tooltip>
  );
}
