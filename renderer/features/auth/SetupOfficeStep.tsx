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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeRole } from '../../../shared/model';
import { foldVietnamese } from '../../../shared/text/fold';
import { OFFICE_TIERS, type OfficeTier, roleOfUnit, type UnitOption, unitOptions } from './office-units';

export type OfficeDraft = { role: OfficeRole; unit: UnitOption | null; name: string; nameEdited: boolean };
export type OfficeProblems = { unit?: string; name?: string };

type Props = {
  value: OfficeDraft;
  onChange: (value: OfficeDraft) => void;
  problems: OfficeProblems;
};

/**
 * Step 1: what the office serves — today's commune or ward, the city or province department, or a
 * former district for an office that still reports 2021–2025 — which unit (the units valid then, as
 * shipped with their sources), and its name (suggested from the unit).
 */
export function SetupOfficeStep({ value, onChange, problems }: Props) {
  const { t } = useTranslation();
  const [tier, setTier] = useState<OfficeTier>(
    value.unit === null ? 'commune' : value.unit.level === 'commune' ? 'commune' : 'legacy',
  );
  const kindName = (unit: UnitOption) =>
    t(`programme.units.kindName.${unit.kind as 'commune'}`, { defaultValue: unit.kind });
  const label = (unit: UnitOption) => `${unit.name} (${kindName(unit)})`;
  // Today's offices are named after today's unit ("Ủy ban nhân dân phường Hải Châu"); a legacy office
  // keeps the name it had under the old tiers.
  const suggestName = (of: OfficeTier, unit: UnitOption | null) =>
    unit === null
      ? ''
      : of !== 'legacy'
        ? t('auth.setup.office.communeExample', {
            unit: `${kindName(unit).toLocaleLowerCase('vi')} ${unit.name}`,
          })
        : t(
            unit.level === 'province'
              ? 'auth.setup.office.provinceExample'
              : 'auth.setup.office.districtExample',
            {
              unit: unit.name,
            },
          );
  const update = (of: OfficeTier, unit: UnitOption | null) =>
    onChange({
      ...value,
      role: roleOfUnit(unit, of),
      unit,
      name: value.nameEdited ? value.name : suggestName(of, unit),
    });
  const options = unitOptions(tier);
  const example = suggestName(tier, value.unit ?? options[0] ?? null);
  return (
    <Stack spacing={3}>
      <FormControl>
        <FormLabel id="office-role">{t('auth.setup.office.roleLabel')}</FormLabel>
        <RadioGroup
          aria-labelledby="office-role"
          value={tier}
          onChange={(_, next) => {
            const of = OFFICE_TIERS.find((x) => x === next) ?? 'commune';
            setTier(of);
            update(of, null);
          }}
        >
          {OFFICE_TIERS.map((of) => (
            <FormControlLabel
              key={of}
              value={of}
              control={<Radio />}
              label={
                <Stack>
                  <Typography>{t(`auth.setup.office.tiers.${of}`)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t(`auth.setup.office.tierHints.${of}`)}
                  </Typography>
                </Stack>
              }
              sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Autocomplete
        options={options}
        value={value.unit}
        onChange={(_, unit) => update(tier, unit)}
        getOptionLabel={label}
        isOptionEqualToValue={(a, b) => a.code === b.code}
        filterOptions={(options, state) => {
          const typed = foldVietnamese(state.inputValue);
          return options.filter((o) => foldVietnamese(label(o)).includes(typed));
        }}
        autoHighlight
        openOnFocus
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('auth.setup.office.unit')}
            error={problems.unit !== undefined}
            helperText={problems.unit ?? t(`auth.setup.office.unitHints.${tier}`)}
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
