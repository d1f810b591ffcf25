import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SCHOOL_LEVELS, type SchoolRecord, schoolFieldsSchema } from '../../../../shared/model';
import { useStore } from '../../../db';
import { FormDialog } from '../../../ui/FormDialog';
import { useForm } from '../../../ui/use-form';
import { UnitSelect } from '../UnitSelect';

/** Register an educational institution (name, level, unit), or correct one (`school`). */
export function SchoolDialog({
  school = null,
  defaultUnit,
  onClose,
  onSaved,
}: {
  school?: SchoolRecord | null;
  defaultUnit: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm(
    { name: school?.name ?? '', level: school?.level ?? '', unitCode: school?.unitCode ?? defaultUnit },
    (v) => ({ name: v.name, level: v.level === '' ? undefined : v.level, unitCode: v.unitCode }),
    schoolFieldsSchema,
  );
  const save = () =>
    form.submit(async (parsed) => {
      if (school === null) await store.programme.schools.create(parsed);
      else await store.programme.schools.update(school.id, parsed, school.rev);
      onSaved();
    });
  return (
    <FormDialog
      open
      title={school === null ? t('programme.schools.addTitle') : t('programme.schools.editTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      busy={form.busy}
      failure={form.failure}
    >
      <TextField label={t('programme.schools.name')} required autoFocus {...form.field('name')} />
      <TextField select label={t('programme.schools.level')} required {...form.field('level')}>
        {SCHOOL_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`programme.schools.levelName.${level}`)}
          </MenuItem>
        ))}
      </TextField>
      <UnitSelect label={t('programme.common.unit')} required {...form.control('unitCode')} />
    </FormDialog>
  );
}
