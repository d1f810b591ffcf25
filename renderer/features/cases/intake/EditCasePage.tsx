import { Alert, LinearProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type CaseView, isStoreError, useCase, useSession, useStore } from '../../../db';
import { PageHeader } from '../../../ui/PageHeader';
import { useMessage } from '../../../ui/use-message';
import { DraftOffer } from './DraftOffer';
import { IntakeEditor } from './IntakeEditor';
import { type IntakeForm, intakeFromCase } from './intake-form';
import { useDraftOffers } from './use-draft-offers';

/**
 * /cases/:id/edit — corrections. The identity is opened once (an audited view) for roles that may
 * see it; every save bumps the case's revision and is audited by the store.
 */
export function EditCasePage() {
  const { t } = useTranslation();
  const message = useMessage();
  const { id } = useParams();
  const store = useStore();
  const session = useSession();
  const { data: view, isLoading } = useCase(id);
  const { drafts, open, discard } = useDraftOffers('caseEdit', id ?? null);
  const [start, setStart] = useState<{
    form: IntakeForm;
    draftId: string | undefined;
    key: string;
    /** The case as it was when opened: its rev guards against overwriting someone else's change. */
    base: CaseView;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canIdentify = session?.can('case.identify') ?? false;
  const ready = view !== undefined && start === null;

  useEffect(() => {
    if (!ready) return;
    const load = canIdentify ? store.cases.reveal(view.id) : Promise.resolve(null);
    load
      .then((identity) =>
        setStart({ form: intakeFromCase(view, identity), draftId: undefined, key: 'case', base: view }),
      )
      .catch((e: unknown) => setError(isStoreError(e) ? e.messageKey : 'cases.notFound'));
  }, [ready, view, canIdentify, store]);

  if (isLoading || (view !== undefined && start === null && error === null)) return <LinearProgress />;
  if (view === undefined || view.deletedAt !== null)
    return <Alert severity="warning">{t('cases.notFound')}</Alert>;
  return (
    <>
      <PageHeader
        title={t('cases.intake.editTitle', { code: view.caseCode })}
        intro={t('cases.intake.intro')}
      />
      {error !== null && <Alert severity="error">{message(error)}</Alert>}
      <DraftOffer
        drafts={drafts.filter((d) => d.id !== start?.draftId)}
        onContinue={(d) =>
          void open(d.id).then((form) => setStart({ form, draftId: d.id, key: d.id, base: view }))
        }
        onDiscard={(d) => void discard(d.id)}
      />
      {start !== null && (
        <IntakeEditor key={start.key} initial={start.form} draftId={start.draftId} existing={start.base} />
      )}
    </>
  );
}
