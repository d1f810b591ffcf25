import { Alert, Box, Button, CircularProgress, Stack, Step, StepLabel, Stepper } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeProfileSchema, userInputSchema, usernameSchema } from '../../../shared/model';
import { useStore } from '../../db';
import { host } from '../../host/host';
import { newPassphraseProblems } from '../../ui/NewPassphraseFields';
import { errorText, storeErrorText, validationText } from '../../ui/store-error-text';
import { RestoreFlow } from '../backup/RestoreFlow';
import { AuthFrame } from './AuthFrame';
import { provinceOf } from './office-units';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { type AdminDraft, type AdminProblems, SetupAdminStep } from './SetupAdminStep';
import { type OfficeDraft, type OfficeProblems, SetupOfficeStep } from './SetupOfficeStep';

const STEPS = ['office', 'admin', 'recovery'] as const;

/**
 * First run: the office, its first administrator, then the recovery key, shown once. The office is
 * created (and the administrator signed in) when step 2 is submitted; the app opens only after the
 * officer confirms the key is on paper.
 */
export function SetupWizard({ onFinished }: { onFinished: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [step, setStep] = useState(0);
  const [office, setOffice] = useState<OfficeDraft>({
    role: 'district',
    unit: null,
    name: '',
    nameEdited: false,
  });
  const [admin, setAdmin] = useState<AdminDraft>({
    displayName: '',
    username: '',
    passphrase: { passphrase: '', repeat: '' },
    alsoCaseWorker: false,
  });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [bindWarning, setBindWarning] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const officeProblems: OfficeProblems = {
    ...(office.unit === null ? { unit: t('store.validation.invalidChoice') } : {}),
    ...(() => {
      const name = officeProfileSchema.shape.name.safeParse(office.name);
      return name.success ? {} : { name: validationText(t, name.error.issues[0]?.message ?? '') };
    })(),
  };
  const adminProblems: AdminProblems = {
    ...(() => {
      const name = userInputSchema.shape.displayName.safeParse(admin.displayName);
      return name.success ? {} : { displayName: validationText(t, name.error.issues[0]?.message ?? '') };
    })(),
    ...(() => {
      const username = usernameSchema.safeParse(admin.username);
      return username.success ? {} : { username: validationText(t, username.error.issues[0]?.message ?? '') };
    })(),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (step === 0) {
      setShowErrors(true);
      if (Object.keys(officeProblems).length > 0) return;
      setShowErrors(false);
      setStep(1);
      return;
    }
    if (step === 1) {
      setShowErrors(true);
      if (
        Object.keys(adminProblems).length > 0 ||
        Object.keys(newPassphraseProblems(admin.passphrase)).length > 0
      )
        return;
      if (office.unit === null) return;
      setBusy(true);
      try {
        // One data folder, one office: refuse before creating anything if another profile set one up.
        const folder = await host.app.office();
        if (folder.ok && folder.value !== null) {
          setFailure(
            t('auth.setup.alreadyBound', { name: folder.value.name, unitCode: folder.value.unitCode }),
          );
          return;
        }
        const result = await store.auth.setup({
          office: {
            unitCode: office.unit.code,
            name: office.name,
            role: office.role,
            provinceCode: provinceOf(office.unit),
          },
          admin: {
            displayName: admin.displayName,
            username: admin.username,
            passphrase: admin.passphrase.passphrase,
            roles: admin.alsoCaseWorker ? ['administrator', 'case_worker'] : ['administrator'],
          },
        });
        setRecoveryKey(result.recoveryKey);
        setStep(2);
        // Main records which office the data folder belongs to. The recovery key is shown whatever happens.
        const bound = await host.app.bindOffice({
          unitCode: office.unit.code,
          name: office.name,
          role: office.role,
          provinceCode: provinceOf(office.unit),
        });
        if (!bound.ok) setBindWarning(t('auth.setup.bindFailed', { message: errorText(t, bound.error) }));
      } catch (error) {
        setFailure(storeErrorText(t, error));
      } finally {
        setBusy(false);
      }
      return;
    }
    if (confirmed) onFinished();
  };

  // A new PC: the office comes back from its backup instead of being set up anew.
  if (restoring)
    return (
      <AuthFrame title={t('backup.restore.title')} width={720}>
        <RestoreFlow onCancel={() => setRestoring(false)} />
      </AuthFrame>
    );

  return (
    <AuthFrame title={t('auth.setup.title')} intro={t('auth.setup.intro')} width={720}>
      <Stepper activeStep={step} sx={{ mb: 4 }}>
        {STEPS.map((name) => (
          <Step key={name}>
            <StepLabel>{t(`auth.setup.steps.${name}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        {step === 0 && (
          <SetupOfficeStep value={office} onChange={setOffice} problems={showErrors ? officeProblems : {}} />
        )}
        {step === 1 && (
          <SetupAdminStep
            value={admin}
            onChange={setAdmin}
            problems={adminProblems}
            showErrors={showErrors}
            disabled={busy}
          />
        )}
        {step === 2 && recoveryKey !== null && (
          <RecoveryKeyStep
            recoveryKey={recoveryKey}
            office={office.name}
            confirmed={confirmed}
            onConfirmed={setConfirmed}
          />
        )}
        {step === 2 && bindWarning !== null && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {bindWarning}
          </Alert>
        )}
        {failure !== null && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ mt: 4, justifyContent: 'flex-end', alignItems: 'center' }}>
          {step === 0 && <Button onClick={() => setRestoring(true)}>{t('backup.restore.offer')}</Button>}
          {step === 1 && (
            <Button onClick={() => setStep(0)} disabled={busy}>
              {t('auth.setup.back')}
            </Button>
          )}
          <Button
            type="submit"
            variant="contained"
            disabled={busy || (step === 2 && !confirmed)}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {busy
              ? t('auth.setup.creating')
              : t(
                  step === 0
                    ? 'auth.setup.next'
                    : step === 1
                      ? 'auth.setup.create'
                      : 'auth.setup.recovery.finish',
                )}
          </Button>
        </Stack>
      </Box>
    </AuthFrame>
  );
}
