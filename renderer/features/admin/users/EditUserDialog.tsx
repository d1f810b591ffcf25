import { Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '../../../../shared/model';
import { useStore } from '../../../db';
import { PassphraseDialog } from '../../../ui/PassphraseDialog';
import { storeErrorText } from '../../../ui/store-error-text';
import {
  EMPTY_UNLOCK,
  IdentityUnlockFields,
  type UnlockDraft,
  unlockMissing,
  unlockOf,
} from './IdentityUnlockFields';
import { RoleCheckboxes } from './RoleCheckboxes';

type Props = { user: UserSummary | null; onClose: () => void; onSaved: () => void };

/** Name, roles and whether the account may sign in. The store keeps at least one active administrator. */
export function EditUserDialog({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [active, setActive] = useState(true);
  const [unlock, setUnlock] = useState<UnlockDraft>(EMPTY_UNLOCK);
  // Giving someone the case-worker role gives them the identity key: it must be unlocked for them.
  const granting =
    user !== null &&
    roles.includes('case_worker') &&
    (!user.roles.includes('case_worker') || user.lacksIdentityKey === true);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (user === null) return;
    setDisplayName(user.displayName);
    setRoles([...user.roles]);
    setActive(user.active);
    setUnlock(EMPTY_UNLOCK);
    setFailure(null);
  }, [user]);

  const submit = async () => {
    if (user === null) return;
    if (roles.length === 0) {
      setFailure(t('store.validation.noRole'));
      return;
    }
    if (granting && unlockMissing(unlock)) {
      setFailure(t('store.validation.identityUnlockNeeded'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await store.auth.updateUser(
        user.id,
        { displayName, roles, active },
        granting ? unlockOf(unlock) : undefined,
      );
      onSaved();
    } catch (error) {
      setFailure(storeErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PassphraseDialog
      open={user !== null}
      title={t('admin.users.editTitle', { username: user?.username ?? '' })}
      busy={busy}
      failure={failure}
      submitLabel={t('admin.users.save')}
      onSubmit={submit}
      onClose={onClose}
      spinner={false}
    >
      <TextField
        label={t('admin.users.name')}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        autoFocus
        fullWidth
      />
      <RoleCheckboxes value={roles} onChange={setRoles} />
      {granting && (
        <IdentityUnlockFields value={unlock} onChange={setUnlock} intro={t('admin.identity.grantIntro')} />
      )}
      <FormControlLabel
        control={<Checkbox checked={active} onChange={(event) => setActive(event.target.checked)} />}
        label={t('admin.users.activeLabel')}
      />
    </PassphraseDialog>
  );
}
