import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  Stack,
} from '@mui/material';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseInput } from '../../../../shared/model';
import { type CaseView, isStoreError, useSession, useStore } from '../../../db';
import { useMessage } from '../../../ui/use-message';
import { caseIndexFor } from '../list/case-index';
import { followCaseWrite } from '../list/name-index';
import { useOfficeUnits } from '../use-office-units';
import { ConsentSection } from './ConsentSection';
import { DuplicateWarning } from './DuplicateWarning';
import { IncidentSection } from './IncidentSection';
import { IntakeSummary } from './IntakeSummary';
import type { IntakeForm } from './intake-form';
import { NeedsSection } from './NeedsSection';
import { PerpetratorSection } from './PerpetratorSection';
import { ReferralSection } from './ReferralSection';
import { SurvivorSection } from './SurvivorSection';
import { useDraftAutosave } from './use-draft-autosave';
import { useDuplicates } from './use-duplicates';
import { useIntakeForm } from './use-intake-form';

/** The guided intake (new case) or the same form for a correction (existing case). */
export function IntakeEditor({
  initial,
  draftId,
  existing,
}: {
  initial: IntakeForm;
  draftId: string | undefined;
  existing: CaseView | null;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const session = useSession();
  const navigate = useNavigate();
  const canIdentify = session?.can('case.identify') ?? false;
  const state = useIntakeForm(initial);
  const { choices } = useOfficeUnits();
  const { status, saver } = useDraftAutosave({
    content: state.form,
    kind: existing === null ? 'case' : 'caseEdit',
    caseId: existing?.id ?? null,
    draftId,
  });
  const duplicates = useDuplicates(state.form, existing?.id ?? null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ key: string; issues: string[] } | null>(null);
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const [attempted, setAttempted] = useState(false);

  const focusFirstProblem = () => {
    requestAnimationFrame(() => {
      const first = document.querySelector<HTMLElement>(
        '.Mui-error input, .Mui-error select, .Mui-error textarea',
      );
      first?.scrollIntoView({ block: 'center' });
      first?.focus({ preventScroll: true });
    });
  };

  const persist = async (input: CaseInput) => {
    setSaving(true);
    setFailure(null);
    try {
      let saved: CaseView;
      if (existing === null) saved = await store.cases.create(input);
      else {
        const { identity, status: _status, closureReason: _reason, ...fields } = input;
        saved = await store.cases.update(
          existing.id,
          canIdentify ? { ...fields, identity } : fields,
          existing.rev,
        );
      }
      // The list finds the case by its name at once, not after the next sign-in.
      caseIndexFor(store)?.upsert(saved);
      followCaseWrite(store, saved, existing === null || canIdentify ? input.identity.fullName : undefined);
      await saver?.discard();
      await navigate(`/cases/${saved.id}`, { state: { savedCode: saved.caseCode } });
    } catch (error) {
      setSaving(false);
      if (isStoreError(error)) {
        setFailure({ key: error.messageKey, issues: error.issues.map((i) => message(i.message)) });
      } else throw error;
    }
  };

  const save = (overrideDuplicate = false) => {
    const result = state.validation;
    if (!result.ok) {
      setAttempted(true);
      state.showAllErrors();
      focusFirstProblem();
      return;
    }
    if (existing === null && duplicates.length > 0 && !overrideDuplicate) {
      setConfirmDuplicate(true);
      return;
    }
    setConfirmDuplicate(false);
    void persist(result.input);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  const errorCount = Object.keys(state.errors).length;

  return (
    <Grid
      container
      spacing={3}
      component="form"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={onKeyDown}
    >
      <Grid size={{ xs: 12, md: 8 }}>
        <Stack spacing={2.5}>
          <IncidentSection state={state} units={choices} />
          <SurvivorSection state={state} canIdentify={canIdentify} />
          <DuplicateWarning matches={duplicates} canOpen={session?.can('case.read') ?? false} />
          <PerpetratorSection state={state} />
          <ReferralSection state={state} />
          <NeedsSection state={state} />
          <ConsentSection state={state} />
          {failure && (
            <Alert severity="error" role="alert">
              {message(failure.key)}
              {failure.issues.length > 0 && ` ${failure.issues.join(' ')}`}
            </Alert>
          )}
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <IntakeSummary
          errors={state.errors}
          draft={status}
          saving={saving}
          saveLabel={existing === null ? t('cases.intake.save') : t('cases.intake.saveEdit')}
          problems={attempted ? errorCount : 0}
          onSave={() => save()}
        />
      </Grid>
      <Dialog open={confirmDuplicate} onClose={() => setConfirmDuplicate(false)}>
        <DialogTitle>{t('cases.intake.duplicate.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('cases.intake.duplicate.confirmBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmDuplicate(false)} autoFocus>
            {t('cases.cancel')}
          </Button>
          <Button color="warning" variant="contained" onClick={() => save(true)}>
            {t('cases.intake.duplicate.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Grid>
  );
}
