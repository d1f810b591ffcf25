import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyPlanToPeriod, withTarget } from '../../../shared/indicators/plan-edit';
import type { PlanRecord } from '../../../shared/model';
import { isStoreError, useSession, useStore } from '../../db';
import { PlanYears, TargetGrid } from './PlanFields';
import { parseTarget, yearsBad as periodBad, yearsOf } from './plan-targets';

type Props = {
  plan: PlanRecord;
  plans: readonly PlanRecord[];
  open: boolean;
  onClose: () => void;
  onCopied: (id: string) => void;
};

/** Plans are data: copy one to a new period, and edit its targets year by year (administrators). */
export function PlanDialog({ plan, plans, open, onClose, onCopied }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const canEdit = session?.can('settings.manage') ?? false;
  const span = plan.toYear - plan.fromYear;
  const [from, setFrom] = useState(String(plan.toYear + 1));
  const [to, setTo] = useState(String(plan.toYear + 1 + span));
  const years = yearsOf(plan.fromYear, plan.toYear);
  const initial = () =>
    Object.fromEntries(
      plan.indicators.flatMap((ind) =>
        years.map((y) => [`${ind.code}|${y}`, String(ind.targets.find((x) => x.year === y)?.value ?? '')]),
      ),
    );
  const [targets, setTargets] = useState<Record<string, string>>(initial);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const badTarget = (text: string) => parseTarget(text) === 'bad';
  const yearsBad = periodBad(from, to);

  const fail = (error: unknown) =>
    setMessage({
      severity: 'error',
      text: isStoreError(error) ? t(error.messageKey as 'store.error.invalid') : String(error),
    });

  const copy = async () => {
    if (yearsBad) return;
    if (
      plans.some(
        (p) => p.fromYear === Number(from) && p.toYear === Number(to) && p.unitCode === plan.unitCode,
      )
    ) {
      setMessage({ severity: 'error', text: t('dashboard.plan.exists') });
      return;
    }
    try {
      const created = await store.plans.create(copyPlanToPeriod(plan, Number(from), Number(to)));
      setMessage({ severity: 'success', text: t('dashboard.plan.copied', { name: created.name }) });
      onCopied(created.id);
    } catch (error) {
      fail(error);
    }
  };

  const save = async () => {
    if (Object.values(targets).some(badTarget)) return;
    let indicators = plan.indicators;
    for (const [key, text] of Object.entries(targets)) {
      const [code = '', year = ''] = key.split('|');
      indicators = withTarget(
        indicators,
        code,
        Number(year),
        text.trim() === '' ? null : Number(text.replace(',', '.')),
      );
    }
    try {
      await store.plans.update(plan.id, { indicators }, plan.rev);
      setMessage({ severity: 'success', text: t('dashboard.plan.saved') });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('dashboard.plan.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('dashboard.plan.intro')}
          </Typography>
          {!canEdit && <Alert severity="info">{t('dashboard.plan.readOnly')}</Alert>}
          {message !== null && <Alert severity={message.severity}>{message.text}</Alert>}
          <Typography variant="subtitle1" component="h3">
            {t('dashboard.plan.targetsTitle')}
          </Typography>
          <TargetGrid
            indicators={plan.indicators}
            years={years}
            value={(code, year) => targets[`${code}|${year}`] ?? ''}
            onChange={(code, year, text) => setTargets({ ...targets, [`${code}|${year}`]: text })}
            disabled={!canEdit}
          />
          {Object.values(targets).some(badTarget) && (
            <Alert severity="error">{t('dashboard.plan.invalidTarget')}</Alert>
          )}
          <Typography variant="subtitle1" component="h3">
            {t('dashboard.plan.copyTitle')}
          </Typography>
          <PlanYears from={from} to={to} bad={yearsBad} disabled={!canEdit} onFrom={setFrom} onTo={setTo}>
            <Button variant="outlined" disabled={!canEdit || yearsBad} onClick={() => void copy()}>
              {t('dashboard.plan.copy')}
            </Button>
          </PlanYears>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('dashboard.plan.close')}</Button>
        <Button variant="contained" disabled={!canEdit} onClick={() => void save()}>
          {t('dashboard.plan.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
