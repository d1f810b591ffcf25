import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { type TrainingEventRecord, trainingEventFieldsSchema } from '../../../../shared/model';
import { useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { useForm } from '../../../ui/use-form';
import { dayInput, showDay } from '../import/cells';
import { UnitSelect } from '../UnitSelect';

/** Add or edit a training: date, topic, organiser, unit, place, trainers. */
export function EventDialog({
  event,
  defaultUnit,
  onClose,
  onSaved,
}: {
  event: TrainingEventRecord | null;
  defaultUnit: string;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm(
    {
      title: event?.title ?? '',
      topic: event?.topic ?? '',
      organiser: event?.organiser ?? '',
      unitCode: event?.unitCode ?? defaultUnit,
      place: event?.place ?? '',
      startDate: showDay(event?.startDate),
      endDate: showDay(event?.endDate),
      trainers: event?.trainers ?? '',
    },
    (v) => ({
      title: v.title,
      topic: v.topic,
      organiser: v.organiser,
      unitCode: v.unitCode,
      place: v.place,
      startDate: dayInput(v.startDate),
      endDate: dayInput(v.endDate),
      trainers: v.trainers,
    }),
    trainingEventFieldsSchema,
  );
  const save = () =>
    form.submit(async (parsed) => {
      const saved =
        event === null
          ? await store.programme.events.create(parsed)
          : await store.programme.events.update(event.id, parsed, event.rev);
      onSaved(saved.id);
    });
  return (
    <FormDialog
      open
      title={event === null ? t('programme.training.addTitle') : t('programme.training.editTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      busy={form.busy}
      failure={form.failure}
    >
      <TextField label={t('programme.training.title')} required autoFocus {...form.field('title')} />
      <TextField label={t('programme.training.topic')} {...form.field('topic')} />
      <DateField
        id="event-start"
        label={t('programme.training.startDate')}
        required
        {...form.text('startDate')}
      />
      <DateField id="event-end" label={t('programme.training.endDate')} {...form.text('endDate')} />
      <TextField label={t('programme.training.organiser')} required {...form.field('organiser')} />
      <UnitSelect label={t('programme.training.unit')} required {...form.control('unitCode')} />
      <TextField label={t('programme.training.place')} {...form.field('place')} />
      <TextField label={t('programme.training.trainers')} {...form.field('trainers')} />
    </FormDialog>
  );
}
