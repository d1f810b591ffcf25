import {
  Autocomplete,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OfficeRole } from '../../../shared/model';
import { foldVietnamese } from '../../../shared/text/fold';
import { type UnitOption, unitOptions } from './office-units';

export type OfficeDraft = { role: OfficeRole; unit: UnitOption | null; name: string; nameEdited: boolean };
export type OfficeProblems = { unit?: string; name?: string };

type Props = {
  value: OfficeDraft;
  onChange: (value: OfficeDraft) => void;
  problems: OfficeProblems;
};

/** Step 1: which level the office is, which unit it serves, and its name (suggested from the unit). */
export function SetupOfficeStep({ value, onChange, problems }: Props) {
  const { t } = useTranslation();
  const suggestName = (role: OfficeRole, unit: UnitOption | null) =>
    unit === null
      ? ''
      : t(role === 'district' ? 'auth.setup.office.districtExample' : 'auth.setup.office.provinceExample', {
          unit: unit.name,
        });
  const update = (role: OfficeRole, unit: UnitOption | null) =>
    onChange({ ...value, role, unit, name: value.nameEdited ? value.name : suggestName(role, unit) });
  const example = suggestName(value.role, value.unit ?? unitOptions(value.role)[0] ?? null);
  return (
    <Stack spacing={3}>
      <FormControl>
        <FormLabel id="office-role">{t('auth.setup.office.roleLabel')}</FormLabel>
        <RadioGroup
          aria-labelledby="office-role"
          value={value.role}
          onChange={(_, role) => update(role === 'province' ? 'province' : 'district', null)}
        >
          <FormControlLabel
            value="district"
            control={<Radio />}
            label={
              <Stack>
                <Typography>{t('auth.setup.office.district')}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('auth.setup.office.districtHint')}
                </Typography>
              </Stack>
            }
            sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
          />
          <FormControlLabel
            value="province"
            control={<Radio />}
            label={
              <Stack>
                <Typography>{t('auth.setup.office.province')}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('auth.setup.office.provinceHint')}
                </Typography>
              </Stack>
            }
            sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }}
          />
        </RadioGroup>
      </FormControl>
      <Autocomplete
        options={unitOptions(value.role)}
        value={value.unit}
        onChange={(_, unit) => update(value.role, unit)}
        getOptionLabel={(unit) => unit.name}
        isOptionEqualToValue={(a, b) => a.code === b.code}
        filterOptions={(options, state) => {
          const typed = foldVietnamese(state.inputValue);
          return options.filter((o) => foldVietnamese(o.name).includes(typed));
        }}
        autoHighlight
        openOnFocus
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('auth.setup.office.unit')}
            error={problems.unit !== undefined}
            helperText={
              problems.unit ??
              t(
                value.role === 'district'
                  ? 'auth.setup.office.unitHint'
                  : 'auth.setup.office.provinceUnitHint',
              )
            }
          />
        )}
      />
      <TextField
        label={t('auth.setup.office.name')}
        value={value.name}
        onChange={(event) => onChange({ ...value, name: event.target.value, nameEdited: true })}
        error={problems.name !== undefined}
        helperText={problems.name ?? t('auth.setup.office.nameHint', { example })}
        fullWidth
      />
    </Stack>
  );
}
