import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { DraftOffer } from './DraftOffer';
import { IntakeEditor } from './IntakeEditor';
import { emptyIntake, type IntakeForm } from './intake-form';
import { useDraftOffers } from './use-draft-offers';

type Start = { form: IntakeForm; draftId: string | undefined; key: string };

/** /cases/new — a fresh intake, or a draft continued (from the offer here or from the list's ?draft=). */
export function NewCasePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { drafts, open, discard } = useDraftOffers('case', null);
  const [start, setStart] = useState<Start>(() => ({ form: emptyIntake(), draftId: undefined, key: 'new' }));
  const requested = params.get('draft');

  const resume = async (id: string) => {
    const form = await open(id);
    setStart({ form, draftId: id, key: id });
  };

  useEffect(() => {
    if (requested === null) return;
    setParams({}, { replace: true });
    void resume(requested);
  });

  return (
    <>
      <PageHeader title={t('cases.intake.title')} intro={t('cases.intake.intro')} />
      <DraftOffer
        drafts={drafts.filter((d) => d.id !== start.draftId)}
        onContinue={(d) => void resume(d.id)}
        onDiscard={(d) => void discard(d.id)}
      />
      <IntakeEditor key={start.key} initial={start.form} draftId={start.draftId} existing={null} />
    </>
  );
}
