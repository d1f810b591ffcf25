import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../../shared/model';
import { DataTable } from '../../../ui/DataTable';
import { LiveError } from '../../../ui/LiveError';
import { usePeopleSearch } from '../use-programme';
import { useUnitNames } from '../use-unit-names';

/**
 * The people register, searched by name through the store's folded-name index (diacritics
 * optional): with 100,000 people, a search is one index range, never a scan of the whole register.
 */
export function PeopleRegister() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const people = usePeopleSearch(deferred);
  const unitName = useUnitNames();
  return (
    <Stack spacing={1.5}>
      <Typography variant="h2">{t('programme.training.people')}</Typography>
      <Typography color="text.secondary">{t('programme.training.peopleIntro')}</Typography>
      <TextField
        label={t('programme.training.peopleSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        helperText={query.trim().length < 2 ? t('programme.training.peopleHint') : undefined}
        sx={{ maxWidth: 420 }}
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
      <LiveError error={people.error} />
      {deferred.trim().length >= 2 && (
        <DataTable<PersonRecord>
          label={t('programme.training.people')}
          rows={people.data ?? []}
          rowKey={(p) => p.id}
          height={320}
          empty={<Typography color="text.secondary">{t('programme.training.noPeople')}</Typography>}
          columns={[
            {
              key: 'name',
              header: t('programme.training.person.fullName'),
              width: 'minmax(180px, 2fr)',
              render: (p) => p.fullName,
            },
            {
              key: 'sex',
              header: t('programme.training.person.sex'),
              width: '90px',
              render: (p) => t(`store.enum.sex.${p.sex}`),
            },
            {
              key: 'unit',
              header: t('programme.training.person.unit'),
              width: '150px',
              render: (p) => unitName(p.unitCode),
            },
            {
              key: 'position',
              header: t('programme.training.person.position'),
              width: 'minmax(120px, 1fr)',
              render: (p) => p.position ?? '',
            },
            {
              key: 'category',
              header: t('programme.training.person.category'),
              width: 'minmax(160px, 1fr)',
              render: (p) => t(`store.enum.personCategory.${p.category}`),
            },
          ]}
        />
      )}
    </Stack>
  );
}
