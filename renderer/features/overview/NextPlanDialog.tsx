import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextPlan } from '../../../shared/indicators/plan-edit';
import { type PlanRecord, todayIso, type UnitRecord } from '../../../shared/model';
import { isStoreError, useStore } from '../../db';
import { PlanYears, TargetGrid } from './PlanFields';
import { parseTarget, yearsBad as periodBad, yearsOf } from './plan-targets';

type Props = {
  plan: PlanRecord;
  plans: readonly PlanRecord[];
  units: readonly UnitRecord[];
  onClose: () => void;
  onCreated: (id: string) => void;
};

/**
 * The plan after an ended one: its indicators with the last targets carried to every new year, and its
 * unit and name under today's units (Quảng Nam's plan becomes Đà Nẵng's); all editable before it is made.
 */
export function NextPlanDialog({ plan, plans, units, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const span = plan.toYear - plan.fromYear;
  const [from, setFrom] = useState(String(plan.toYear + 1));
  const [to, setTo] = useState(String(plan.toYear + 1 + span));
  const yearsBad = periodBad(from, to);
  const draft = useMemo(
    () => (yearsBad ? null : nextPlan(plan, Number(from), Number(to), units, todayIso())),
    [plan, from, to, units, yearsBad],
  );
  const [name, setName] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const years = draft === null ? [] : yearsOf(Number(from), Number(to));
  const targetText = (code: string, year: number) =>
    edits[`${code}|${year}`] ??
    String(draft?.indicators.find((i) => i.code === code)?.targets.find((x) => x.year === year)?.value ?? '');
  const anyBad = years.some((y) => plan.indicators.some((i) => parseTarget(targetText(i.code, y)) === 'bad'));
  const shownName = name ?? draft?.name ?? '';
  const unit = units.find((u) => u.code === draft?.unitCode);
  const exists = plans.some(
    (p) => p.fromYear === Number(from) && p.toYear === Number(to) && p.unitCode === draft?.unitCode,
  );

  const create = async () => {
    if (draft === null || anyBad || exists || shownName.trim() === '') return;
    const indicators = plan.indicators.map((indicator) => {
      const comparator = [...indicator.targets].sort((a, b) => b.year - a.year)[0]?.comparator ?? '>=';
      return {
        ...indicator,
        targets: years.flatMap((year) => {
          const value = parseTarget(targetText(indicator.code, year));
          return value === null || value === 'bad' ? [] : [{ year, value, comparator }];
        }),
      };
    });
    try {
      const created = await store.plans.create({ ...draft, name: shownName.trim(), indicators });
      onCreated(created.id);
    } catch (e) {
      setError(isStoreError(e) ? t(e.messageKey as 'store.error.invalid') : String(e));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="next-plan-title">
      <DialogTitle id="next-plan-title">{t('dashboard.nextPlan.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('dashboard.nextPlan.intro', { name: plan.name })}
          </Typography>
          <PlanYears
            from={from}
            to={to}
            bad={yearsBad}
            onFrom={(text) => {
              setFrom(text);
              setEdits({});
              setName(null);
            }}
            onTo={(text) => {
              setTo(text);
              setEdits({});
              setName(null);
            }}
          />
          <TextField
            label={t('dashboard.nextPlan.name')}
            value={shownName}
            onChange={(e) => setName(e.target.value)}
            error={shownName.trim() === ''}
            multiline
            fullWidth
          />
          {unit !== undefined && (
            <Typography variant="body2" data-testid="next-plan-unit">
              {unit.code === plan.unitCode
                ? t('dashboard.nextPlan.unit', { unit: unit.name })
                : t('dashboard.nextPlan.unitNow', {
                    unit: unit.name,
                    old: units.find((u) => u.code === plan.unitCode)?.name ?? plan.unitCode,
                  })}
            </Typography>
          )}
          <Typography variant="subtitle1" component="h3">
            {t('dashboard.plan.targetsTitle')}
          </Typography>
          <TargetGrid
            indicators={plan.indicators}
            years={years}
            value={targetText}
            onChange={(code, year, text) => setEdits({ ...edits, [`${code}|${year}`]: text })}
            corner={t('dashboard.nextPlan.indicator')}
          />
          {anyBad && <Alert severity="error">{t('dashboard.plan.invalidTarget')}</Alert>}
          {exists && <Alert severity="error">{t('dashboard.plan.exists')}</Alert>}
          {error !== null && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('dashboard.plan.close')}</Button>
        <Button
          variant="contained"
          disabled={draft === null || anyBad || exists || shownName.trim() === ''}
          onClick={() => void create()}
        >
          {t('dashboard.nextPlan.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
