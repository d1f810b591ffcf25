import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PERSON_CATEGORIES,
  personFieldsSchema,
  SEXES,
  type TrainingEventRecord,
} from '../../../../shared/model';
import { isStoreError, useStore } from '../../../db';
import { useErrorText } from '../../../ui/use-error-text';
import { useForm } from '../../../ui/use-form';
import { UnitSelect } from '../UnitSelect';
import { usePeopleSearch } from '../use-programme';
import { useUnitNames } from '../use-unit-names';

/** Add one participant: pick someone already registered (name with or without diacritics) or register a new person. */
export function AddParticipantDialog({
  event,
  onClose,
  onAdded,
}: {
  event: TrainingEventRecord;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const store = useStore();
  const unitName = useUnitNames();
  const [query, setQuery] = useState('');
  const found = usePeopleSearch(useDeferredValue(query));
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm(
    { fullName: '', sex: '', unitCode: event.unitCode, category: 'official', position: '', birthYear: '' },
    (v) => ({
      fullName: v.fullName,
      sex: v.sex === '' ? undefined : v.sex,
      unitCode: v.unitCode,
      category: v.category,
      position: v.position,
      birthYear: v.birthYear.trim() === '' ? undefined : Number(v.birthYear),
    }),
    personFieldsSchema,
  );
  const attend = async (personId: string) => {
    setFailure(null);
    try {
      await store.programme.attend(event.id, personId);
      onAdded();
    } catch (error) {
      setFailure(
        isStoreError(error, 'conflict') ? t('programme.training.alreadyAttending') : errorText(error),
      );
    }
  };
  const register = () =>
    form.submit(async (input) => {
      const person = await store.programme.people.create(input);
      await store.programme.attend(event.id, person.id);
      onAdded();
    });
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('programme.training.addParticipantTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {failure !== null && <Alert severity="error">{failure}</Alert>}
          {form.failure !== null && <Alert severity="error">{errorText(form.failure)}</Alert>}
          <TextField
            label={t('programme.training.findPerson')}
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
            helperText={t('programme.training.peopleHint')}
          />
          {(found.data ?? []).length > 0 && (
            <List
              dense
              sx={{ maxHeight: 220, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
            >
              {(found.data ?? []).map((person) => (
                <ListItem
                  key={person.id}
                  secondaryAction={
                    <Button size="small" onClick={() => void attend(person.id)}>
                      {t('programme.training.attend')}
                    </Button>
                  }
                >
                  <ListItemText
                    primary={person.fullName}
                    secondary={[
                      unitName(person.unitCode),
                      person.position,
                      t(`store.enum.personCategory.${person.category}`),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          )}
          <Divider />
          <Typography variant="subtitle1">{t('programme.training.orNewPerson')}</Typography>
          <TextField label={t('programme.training.person.fullName')} required {...form.field('fullName')} />
          <TextField select label={t('programme.training.person.sex')} required {...form.field('sex')}>
            {SEXES.map((sex) => (
              <MenuItem key={sex} value={sex}>
                {t(`store.enum.sex.${sex}`)}
              </MenuItem>
            ))}
          </TextField>
          <UnitSelect label={t('programme.training.person.unit')} required {...form.control('unitCode')} />
          <TextField
            select
            label={t('programme.training.person.category')}
            required
            {...form.field('category')}
          >
            {PERSON_CATEGORIES.map((category) => (
              <MenuItem key={category} value={category}>
                {t(`store.enum.personCategory.${category}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={t('programme.training.person.position')} {...form.field('position')} />
          <TextField
            label={t('programme.training.person.birthYear')}
            inputMode="numeric"
            {...form.field('birthYear')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('programme.common.cancel')}</Button>
        <Button variant="contained" disabled={form.busy} onClick={() => void register()}>
          {t('programme.training.attend')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
