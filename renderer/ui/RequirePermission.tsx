import BlockOutlined from '@mui/icons-material/BlockOutlined';
import { Alert, AlertTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/model';
import { useSession } from '../db';

/**
 * Renders its children only for a session holding `permission`; otherwise says plainly why not (for
 * an address typed or bookmarked). The repositories refuse the data anyway: this is for clarity.
 */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session?.permissions.has(permission) === true) return children;
  const roles = (session?.user.roles ?? []).map((role) => t(`store.role.${role}`)).join(', ');
  return (
    <Alert severity="info" icon={<BlockOutlined />} sx={{ maxWidth: 720 }}>
      <AlertTitle>{t('auth.forbidden.title')}</AlertTitle>
      {t('auth.forbidden.body', { roles })}
    </Alert>
  );
}
