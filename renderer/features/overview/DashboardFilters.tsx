import {
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PlanRecord, UnitRecord } from '../../../shared/model';
import type { Selection } from './selection';

type Props = {
  selection: Selection;
  plans: readonly PlanRecord[];
  /** Units the office may look at: its own and those below it. */
  units: readonly UnitRecord[];
  onChange: (next: Selection) => void;
};

/** Plan, year, whole year or first half, and unit; every choice is a keyboard-reachable control. */
export function DashboardFilters({ selection, plans, units, onChange }: Props) {
  const { t } = useTranslation();
  const plan = plans.find((p) => p.id === selection.planId);
  // The latest plan also offers the years after it up to this one: the dashboard opens on the current
  // year and says when no plan covers it.
  const thisYear = new Date().getFullYear();
  const latest = Math.max(...plans.map((p) => p.toYear));
  const last = Math.max(
    plan?.toYear ?? selection.period.year,
    selection.period.year,
    plan !== undefined && plan.toYear === latest ? thisYear : 0,
  );
  const years: number[] = [];
  for (let y = plan?.fromYear ?? selection.period.year; y <= last; y += 1) years.push(y);
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'center' }}
      aria-label={t('dashboard.filters.label')}
      role="group"
    >
      <FormControl size="small" sx={{ minWidth: 260, maxWidth: 420 }}>
        <InputLabel id="dash-plan">{t('dashboard.filters.plan')}</InputLabel>
        <Select
          labelId="dash-plan"
          label={t('dashboard.filters.plan')}
          value={selection.planId}
          onChange={(e) => {
            const next = plans.find((p) => p.id === e.target.value);
            if (next === undefined) return;
            const year = Math.max(next.fromYear, Math.min(next.toYear, selection.period.year));
            onChange({ ...selection, planId: next.id, period: { ...selection.period, year } });
          }}
        >
          {plans.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {`${p.fromYear}–${p.toYear} · ${p.name}`}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 110 }}>
        <InputLabel id="dash-year">{t('dashboard.filters.year')}</InputLabel>
        <Select
          labelId="dash-year"
          label={t('dashboard.filters.year')}
          value={String(selection.period.year)}
          onChange={(e) =>
            onChange({ ...selection, period: { ...selection.period, year: Number(e.target.value) } })
          }
        >
          {years.map((y) => (
            <MenuItem key={y} value={String(y)}>
              {y}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={selection.period.part}
        aria-label={t('dashboard.filters.part')}
        onChange={(_, part: 'year' | 'firstHalf' | null) => {
          if (part !== null) onChange({ ...selection, period: { ...selection.period, part } });
        }}
      >
        <ToggleButton value="year">{t('dashboard.filters.partYear')}</ToggleButton>
        <ToggleButton value="firstHalf">{t('dashboard.filters.partFirstHalf')}</ToggleButton>
      </ToggleButtonGroup>
      <FormControl size="small" sx={{ minWidth: 200 }}>
        <InputLabel id="dash-unit">{t('dashboard.filters.unit')}</InputLabel>
        <Select
          labelId="dash-unit"
          label={t('dashboard.filters.unit')}
          value={selection.unitCode}
          onChange={(e) => onChange({ ...selection, unitCode: e.target.value })}
        >
          {units.map((u) => (
            <MenuItem key={u.code} value={u.code}>
              {u.name}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Stack>
  );
}
