import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Button, Checkbox, FormControlLabel, InputAdornment, Paper, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, GBV_TYPES } from '../../../../shared/model';
import { DateField } from '../../../ui/DateField';
import { textFromIso } from '../../../ui/dates';
import { useEnumOptions } from '../../../ui/enum-options';
import { SelectField } from '../../../ui/SelectField';
import type { UnitChoice } from '../use-office-units';
import type { ListParams } from './use-list-params';

type Props = {
  params: ListParams;
  units: readonly UnitChoice[];
  canSearchNames: boolean;
  canSeeDeleted: boolean;
  onChange: (patch: Partial<Omit<ListParams, 'sort'>>) => void;
  onClear: () => void;
};

/** A day from a link (the dashboard's drill-down writes yyyy-MM-dd) shows as officers read it, dd/MM/yyyy. */
const shownDate = (text: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? textFromIso(text) : text);

/** Search first (it is what officers reach for), then the filters, all on one calm panel. */
export function CaseFilters({ params, units, canSearchNames, canSeeDeleted, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const statuses = useEnumOptions('status', CASE_STATUSES);
  const types = useEnumOptions('gbvType', GBV_TYPES);
  const unitOptions = units.map((u) => ({
    value: u.code,
    label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`,
  }));
  const check = (name: 'unmet' | 'overdue' | 'deleted', label: string) => (
    <FormControlLabel
      control={<Checkbox checked={params[name]} onChange={(e) => onChange({ [name]: e.target.checked })} />}
      label={label}
    />
  );
  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Stack spacing={2}>
        <TextField
          id="case-search"
          type="search"
          label={canSearchNames ? t('cases.list.searchWithName') : t('cases.list.search')}
          helperText={canSearchNames ? t('cases.list.searchHelpName') : t('cases.list.searchHelpCode')}
          value={params.q}
          onChange={(e) => onChange({ q: e.target.value })}
          autoComplete="off"
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined />
                </InputAdornment>
              ),
            },
          }}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <SelectField
            id="filter-status"
            label={t('cases.list.filters.status')}
            value={params.status}
            options={statuses}
            onText={(status) => onChange({ status })}
            size="small"
          />
          <SelectField
            id="filter-type"
            label={t('cases.list.filters.type')}
            value={params.type}
            options={types}
            onText={(type) => onChange({ type })}
            size="small"
          />
          <SelectField
            id="filter-unit"
            label={t('cases.list.filters.unit')}
            value={params.unit}
            options={unitOptions}
            onText={(unit) => onChange({ unit })}
            size="small"
          />
          <DateField
            id="filter-from"
            label={t('cases.list.filters.from')}
            value={shownDate(params.from)}
            onText={(from) => onChange({ from })}
            size="small"
          />
          <DateField
            id="filter-to"
            label={t('cases.list.filters.to')}
            value={shownDate(params.to)}
            onText={(to) => onChange({ to })}
            size="small"
          />
        </Stack>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {check('unmet', t('cases.list.filters.unmet'))}
          {check('overdue', t('cases.list.filters.overdue'))}
          {canSeeDeleted && check('deleted', t('cases.list.filters.deleted'))}
          <Button onClick={onClear} sx={{ ml: 'auto' }}>
            {t('cases.list.filters.clear')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
