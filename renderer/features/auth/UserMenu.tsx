import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import Logout from '@mui/icons-material/Logout';
import PasswordOutlined from '@mui/icons-material/PasswordOutlined';
import { Button, Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useStore } from '../../db';
import { ChangePassphraseDialog } from './ChangePassphraseDialog';

/** The signed-in officer's name and roles, with change passphrase and sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changing, setChanging] = useState(false);
  if (session === null) return null;
  const roles = session.user.roles.map((role) => t(`store.role.${role}`)).join(', ');
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleOutlined />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={t('auth.menu.account', { name: session.user.displayName })}
        aria-haspopup="menu"
        sx={{ textTransform: 'none' }}
      >
        {session.user.displayName}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListItemText sx={{ px: 2, py: 1 }} primary={session.user.username} secondary={roles} />
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setChanging(true);
          }}
        >
          <ListItemIcon>
            <PasswordOutlined fontSize="small" />
          </ListItemIcon>
          {t('auth.menu.changePassphrase')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            store.auth.logout();
          }}
        >
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          {t('auth.menu.logout')}
        </MenuItem>
      </Menu>
      <ChangePassphraseDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
