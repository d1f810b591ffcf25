import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PERSON_CATEGORIES, type PersonCategory } from '../../../../shared/model';
import { type ColumnMapping, PARTICIPANT_FIELD_NAMES, type ParticipantField } from './participant-columns';

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** One select per participant field, pre-filled with the guess from the headers. */
export function ColumnMappingForm({
  headers,
  mapping,
  onMapping,
  defaultCategory,
  onDefaultCategory,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  defaultCategory: PersonCategory;
  onDefaultCategory: (category: PersonCategory) => void;
}) {
  const { t } = useTranslation();
  const options = headers.map((header, index) => ({
    letter: columnLetter(index),
    header,
    value: String(index),
  }));
  const select = (field: ParticipantField) => (
    <TextField
      key={field}
      select
      size="small"
      label={t(`programme.training.person.${field}`)}
      value={mapping[field] === null ? '' : String(mapping[field])}
      onChange={(e) =>
        onMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })
      }
      sx={{ minWidth: 220 }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value="">{t('programme.training.import.notInFile')}</MenuItem>
      {options.map(({ letter, header, value }) => (
        <MenuItem key={letter} value={value}>
          {t('programme.training.import.column', { letter, header })}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle1">{t('programme.training.import.mapping')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('programme.training.import.mappingHelp')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
        {PARTICIPANT_FIELD_NAMES.map(select)}
        <TextField
          select
          size="small"
          label={t('programme.training.import.defaultCategory')}
          value={defaultCategory}
          onChange={(e) => {
            const category = PERSON_CATEGORIES.find((c) => c === e.target.value);
            if (category !== undefined) onDefaultCategory(category);
          }}
          sx={{ minWidth: 260 }}
        >
          {PERSON_CATEGORIES.map((category) => (
            <MenuItem key={category} value={category}>
              {t(`store.enum.personCategory.${category}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Stack>
  );
}
