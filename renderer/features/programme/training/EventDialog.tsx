import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { type TrainingEventRecord, trainingEventFieldsSchema } from '../../../../shared/model';
import { useStore } from '../../../db';
import { showDay } from '../import/cells';
import { dayInput } from '../ui/dates';
import { FormDialog } from '../ui/FormDialog';
import { useFormState } from '../ui/form-state';
import { UnitSelect } from '../ui/UnitSelect';
import { useKeyText } from '../ui/use-error-text';

type Field = 'title' | 'topic' | 'organiser' | 'unitCode' | 'place' | 'startDate' | 'endDate' | 'trainers';

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
  const text = useKeyText();
  const store = useStore();
  const form = useFormState<Field>(
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
      input: {
        title: v.title,
        topic: v.topic,
        organiser: v.organiser,
        unitCode: v.unitCode,
        place: v.place,
        startDate: dayInput(v.startDate),
        endDate: dayInput(v.endDate),
        trainers: v.trainers,
      },
      errors: {},
    }),
    trainingEventFieldsSchema,
  );
  const error = (name: Field) => form.errorOf(name);
  const field = (name: Field) => ({
    value: form.values[name],
    onChange: (e: { target: { value: string } }) => form.set(name)(e.target.value),
    onBlur: form.touch(name),
    error: error(name) !== undefined,
    helperText: error(name) === undefined ? undefined : text(error(name) ?? ''),
    fullWidth: true,
  });
  const save = () =>
    form.submit(async (input) => {
      const parsed = trainingEventFieldsSchema.parse(input);
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
      <TextField label={t('programme.training.title')} required autoFocus {...field('title')} />
      <TextField label={t('programme.training.topic')} {...field('topic')} />
      <TextField
        label={t('programme.training.startDate')}
        required
        placeholder={t('programme.common.datePlaceholder')}
        {...field('startDate')}
      />
      <TextField
        label={t('programme.training.endDate')}
        placeholder={t('programme.common.datePlaceholder')}
        {...field('endDate')}
      />
      <TextField label={t('programme.training.organiser')} required {...field('organiser')} />
      <UnitSelect
        label={t('programme.training.unit')}
        required
        value={form.values.unitCode}
        onChange={form.set('unitCode')}
        onBlur={form.touch('unitCode')}
        error={error('unitCode')}
      />
      <TextField label={t('programme.training.place')} {...field('place')} />
      <TextField label={t('programme.training.trainers')} {...field('trainers')} />
    </FormDialog>
  );
}
