import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  SCHOOL_ACTIVITY_KINDS,
  type SchoolActivityRecord,
  type SchoolRecord,
  schoolActivityFieldsSchema,
} from '../../../../shared/model';
import { useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { useForm } from '../../../ui/use-form';
import { dayInput, showDay } from '../import/cells';

/**
 * Record a GBV / school-violence communication activity a school integrated (counts for I3 in its
 * school year), or correct one (`activity`).
 */
export function ActivityDialog({
  school,
  activity = null,
  onClose,
  onSaved,
}: {
  school: SchoolRecord;
  activity?: SchoolActivityRecord | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm(
    {
      date: showDay(activity?.date),
      kind: activity?.kind ?? 'integrated_lesson',
      title: activity?.title ?? '',
      participants: activity?.participants === undefined ? '' : String(activity.participants),
      note: activity?.note ?? '',
    },
    (v) => ({
      schoolId: school.id,
      date: dayInput(v.date),
      kind: v.kind,
      title: v.title,
      participants: v.participants.trim() === '' ? undefined : Number(v.participants),
      note: v.note,
    }),
    schoolActivityFieldsSchema,
  );
  const save = () =>
    form.submit(async (parsed) => {
      if (activity === null) await store.programme.addActivity(parsed);
      else await store.programme.activities.update(activity.id, parsed, activity.rev);
      onSaved();
    });
  return (
    <FormDialog
      open
      title={t(
        activity === null ? 'programme.schools.addActivityTitle' : 'programme.schools.editActivityTitle',
        {
          school: school.name,
        },
      )}
      onClose={onClose}
      onSubmit={() => void save()}
      busy={form.busy}
      failure={form.failure}
    >
      <DateField
        id="activity-date"
        label={t('programme.schools.activity.date')}
        required
        autoFocus
        {...form.text('date')}
      />
      <TextField select label={t('programme.schools.activity.kind')} required {...form.field('kind')}>
        {SCHOOL_ACTIVITY_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`programme.schools.kindName.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('programme.schools.activity.title')} required {...form.field('title')} />
      <TextField
        label={t('programme.schools.activity.participants')}
        inputMode="numeric"
        {...form.field('participants')}
      />
      <TextField label={t('programme.schools.activity.note')} multiline minRows={2} {...form.field('note')} />
    </FormDialog>
  );
}
