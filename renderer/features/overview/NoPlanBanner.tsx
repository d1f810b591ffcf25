import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../shared/model';

type Props = {
  year: number;
  /** The plan the dashboard falls back on (the latest that started before `year`). */
  plan: PlanRecord;
  canCopy: boolean;
  onCopy: () => void;
};

/** No plan covers the year looked at: say so, and offer the next plan (administrators) or say who can. */
export function NoPlanBanner({ year, plan, canCopy, onCopy }: Props) {
  const { t } = useTranslation();
  const ended = plan.toYear < year;
  return (
    <Alert
      severity="warning"
      data-testid="no-plan"
      action={
        canCopy && ended ? (
          <Button color="inherit" variant="outlined" onClick={onCopy} sx={{ whiteSpace: 'nowrap' }}>
            {t('dashboard.noPlanForYear.copy')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('dashboard.noPlanForYear.title', { year })}</AlertTitle>
      {ended
        ? t('dashboard.noPlanForYear.ended', { name: plan.name, from: plan.fromYear, to: plan.toYear })
        : t('dashboard.noPlanForYear.before', { name: plan.name, from: plan.fromYear, to: plan.toYear })}{' '}
      {canCopy ? t('dashboard.noPlanForYear.offer') : t('dashboard.noPlanForYear.askAdmin')}
    </Alert>
  );
}
