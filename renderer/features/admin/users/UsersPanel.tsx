import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import {
  Alert,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/model';
import { useSession, useUsers } from '../../../db';
import { errorCodeText } from '../../../ui/store-error-text';
import { ResetWithRecoveryDialog } from '../../auth/ResetWithRecoveryDialog';
import { CreateUserDialog } from './CreateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { IdentityKeyPanel } from './IdentityKeyPanel';

/** Admin → Người dùng: who may sign in, with which roles; add, edit, reset a passphrase. */
export function UsersPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <div>
          {notice !== null && (
            <Alert severity="success" role="status" onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
        </div>
        <Button variant="contained" startIcon={<PersonAddAlt1Outlined />} onClick={() => setCreating(true)}>
          {t('admin.users.add')}
        </Button>
      </Stack>
      {users.error !== null && <Alert severity="error">{errorCodeText(t, users.error)}</Alert>}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('admin.users.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.users.name')}</TableCell>
              <TableCell>{t('admin.users.username')}</TableCell>
              <TableCell>{t('admin.users.roles')}</TableCell>
              <TableCell>{t('admin.users.status')}</TableCell>
              <TableCell align="right">{t('admin.users.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(users.data ?? []).map((user) => (
              <TableRow key={user.id} hover>
                <TableCell>
                  {user.displayName} {user.id === session?.user.id && t('admin.users.you')}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{user.username}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                    {user.roles.map((role) => (
                      <Chip key={role} size="small" label={t(`store.role.${role}`)} />
                    ))}
                    {user.lacksIdentityKey === true && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={t('admin.identity.lacksKey')}
                      />
                    )}
                  </Stack>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={user.active ? 'success' : 'default'}
                    label={t(user.active ? 'admin.users.active' : 'admin.users.inactive')}
                  />
                </TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    onClick={() => setEditing(user)}
                    aria-label={`${t('admin.users.edit')} ${user.username}`}
                  >
                    {t('admin.users.edit')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setResetting(user)}
                    aria-label={`${t('admin.users.resetPassphrase')} ${user.username}`}
                  >
                    {t('admin.users.resetPassphrase')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <CreateUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          setNotice(t('admin.users.created', { username: user.username }));
        }}
      />
      <EditUserDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice(t('admin.users.saved'));
        }}
      />
      <ResetWithRecoveryDialog
        open={resetting !== null}
        initialUsername={resetting?.username ?? ''}
        fixedUsername
        onClose={() => setResetting(null)}
        onDone={(username) => {
          setResetting(null);
          setNotice(t('auth.reset.doneAdmin', { username }));
        }}
      />
      {session?.can('store.maintain') === true && <IdentityKeyPanel />}
    </Stack>
  );
}
