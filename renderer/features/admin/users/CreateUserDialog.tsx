import { Alert, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, type UserSummary, userInputSchema, usernameSchema } from '../../../../shared/model';
import { type FieldIssue, isStoreError, useSession, useStore } from '../../../db';
import {
  type NewPassphrase,
  NewPassphraseFields,
  newPassphraseProblems,
} from '../../../ui/NewPassphraseFields';
import { PassphraseDialog } from '../../../ui/PassphraseDialog';
import { PassphraseField } from '../../../ui/PassphraseField';
import { issueAt, storeErrorText, validationText } from '../../../ui/store-error-text';
import {
  EMPTY_UNLOCK,
  IdentityUnlockFields,
  type UnlockDraft,
  unlockMissing,
  unlockOf,
} from './IdentityUnlockFields';
import { RoleCheckboxes } from './RoleCheckboxes';

type Props = { open: boolean; onClose: () => void; onCreated: (user: UserSummary) => void };

/**
 * A new account. The administrator types their own passphrase again: the session's keys cannot be
 * exported, so the new user's copy of the data key is wrapped from the administrator's passphrase.
 */
export function CreateUserDialog({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', repeat: '' });
  const [adminPassphrase, setAdminPassphrase] = useState('');
  const [unlock, setUnlock] = useState<UnlockDraft>(EMPTY_UNLOCK);
  const session = useSession();
  // A new case worker needs the identity key; an administrator who holds it unlocks it with their own passphrase.
  const granting = roles.includes('case_worker') && session?.can('case.identify') !== true;
  const [showErrors, setShowErrors] = useState(false);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setDisplayName('');
    setUsername('');
    setRoles([]);
    setPassphrase({ passphrase: '', repeat: '' });
    setAdminPassphrase('');
    setUnlock(EMPTY_UNLOCK);
    setShowErrors(false);
    setIssues([]);
    setFailure(null);
  }, [open]);

  const local = {
    displayName: (() => {
      const r = userInputSchema.shape.displayName.safeParse(displayName);
      return r.success ? undefined : validationText(t, r.error.issues[0]?.message ?? '');
    })(),
    username: (() => {
      const r = usernameSchema.safeParse(username);
      return r.success ? undefined : validationText(t, r.error.issues[0]?.message ?? '');
    })(),
    roles: roles.length === 0 ? t('store.validation.noRole') : undefined,
    adminPassphrase: adminPassphrase === '' ? t('store.validation.required') : undefined,
    unlock: granting && unlockMissing(unlock) ? t('store.validation.identityUnlockNeeded') : undefined,
  };
  const shown = (field: keyof typeof local) =>
    (showErrors ? local[field] : undefined) ?? issueAt(t, issues, field);

  const submit = async () => {
    setShowErrors(true);
    setIssues([]);
    setFailure(null);
    if (Object.values(local).some((v) => v !== undefined)) return;
    if (Object.keys(newPassphraseProblems(passphrase)).length > 0) return;
    setBusy(true);
    try {
      const user = await store.auth.createUser(
        { displayName, username, roles, passphrase: passphrase.passphrase },
        adminPassphrase,
        granting ? unlockOf(unlock) : undefined,
      );
      onCreated(user);
    } catch (error) {
      if (isStoreError(error, 'invalid')) setIssues(error.issues);
      setFailure(
        isStoreError(error, 'badCredentials')
          ? t('admin.users.wrongAdminPassphrase')
          : storeErrorText(t, error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <PassphraseDialog
      open={open}
      title={t('admin.users.createTitle')}
      busy={busy}
      failure={failure}
      submitLabel={t('admin.users.create')}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label={t('admin.users.name')}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={shown('displayName') !== undefined}
        helperText={shown('displayName')}
        autoFocus
        fullWidth
      />
      <TextField
        label={t('admin.users.username')}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={shown('username') !== undefined}
        helperText={shown('username') ?? t('auth.setup.admin.usernameHint')}
        autoComplete="off"
        fullWidth
      />
      <RoleCheckboxes value={roles} onChange={setRoles} error={shown('roles')} />
      {granting && (
        <>
          <IdentityUnlockFields value={unlock} onChange={setUnlock} intro={t('admin.identity.grantIntro')} />
          {shown('unlock') !== undefined && <Alert severity="error">{shown('unlock')}</Alert>}
        </>
      )}
      <NewPassphraseFields
        value={passphrase}
        onChange={setPassphrase}
        showErrors={showErrors}
        label={t('admin.users.initialPassphrase')}
      />
      <PassphraseField
        label={t('admin.users.adminPassphrase')}
        value={adminPassphrase}
        onChange={setAdminPassphrase}
        hint={t('admin.users.adminPassphraseHint')}
        error={shown('adminPassphrase')}
        name="admin-passphrase"
      />
    </PassphraseDialog>
  );
}
