import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SCHOOL_LEVELS, type SchoolRecord, schoolFieldsSchema } from '../../../../shared/model';
import { useStore } from '../../../db';
import { FormDialog } from '../ui/FormDialog';
import { useFormState } from '../ui/form-state';
import { UnitSelect } from '../ui/UnitSelect';
import { useKeyText } from '../ui/use-error-text';

type Field = 'name' | 'level' | 'unitCode';

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
  const text = useKeyText();
  const store = useStore();
  const form = useFormState<Field>(
    { name: school?.name ?? '', level: school?.level ?? '', unitCode: school?.unitCode ?? defaultUnit },
    (v) => ({
      input: { name: v.name, level: v.level === '' ? undefined : v.level, unitCode: v.unitCode },
      errors: {},
    }),
    schoolFieldsSchema,
  );
  const save = () =>
    form.submit(async (input) => {
      const parsed = schoolFieldsSchema.parse(input);
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
      <TextField
        label={t('programme.schools.name')}
        required
        autoFocus
        value={form.values.name}
        onChange={(e) => form.set('name')(e.target.value)}
        onBlur={form.touch('name')}
        error={form.errorOf('name') !== undefined}
        helperText={form.errorOf('name') === undefined ? undefined : text(form.errorOf('name') ?? '')}
      />
      <TextField
        select
        label={t('programme.schools.level')}
        required
        value={form.values.level}
        onChange={(e) => form.set('level')(e.target.value)}
        onBlur={form.touch('level')}
        error={form.errorOf('level') !== undefined}
        helperText={form.errorOf('level') === undefined ? undefined : text(form.errorOf('level') ?? '')}
      >
        {SCHOOL_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`programme.schools.levelName.${level}`)}
          </MenuItem>
        ))}
      </TextField>
      <UnitSelect
        label={t('programme.common.unit')}
        required
        value={form.values.unitCode}
        onChange={form.set('unitCode')}
        error={form.errorOf('unitCode')}
      />
    </FormDialog>
  );
}
