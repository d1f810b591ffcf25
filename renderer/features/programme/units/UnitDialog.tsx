import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, UNIT_LEVELS, type UnitRecord, unitFieldsSchema } from '../../../../shared/model';
import { useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { useForm } from '../../../ui/use-form';
import { dayInput, showDay, splitCodes } from '../import/cells';

/** Add or edit one unit; the code is its key and cannot change once saved. */
export function UnitDialog({
  unit,
  units,
  onClose,
  onSaved,
}: {
  unit: UnitRecord | null;
  units: readonly UnitRecord[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm(
    {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      level: unit?.level ?? 'commune',
      kind: unit?.kind ?? 'commune',
      parentCode: unit?.parentCode ?? '',
      validFrom: showDay(unit?.validFrom),
      validTo: showDay(unit?.validTo),
      successorCodes: unit?.successorCodes.join(', ') ?? '',
    },
    (v) => ({
      code: v.code,
      name: v.name,
      level: v.level,
      kind: v.kind,
      parentCode: v.parentCode === '' ? null : v.parentCode,
      validFrom: dayInput(v.validFrom) ?? null,
      validTo: dayInput(v.validTo) ?? null,
      successorCodes: splitCodes(v.successorCodes),
    }),
    unitFieldsSchema,
  );
  const save = () =>
    form.submit(async (parsed) => {
      if (unit === null) await store.units.create(parsed);
      else await store.units.update(unit.code, parsed, unit.rev);
      onSaved();
    });
  return (
    <FormDialog
      open
      title={
        unit === null ? t('programme.units.addTitle') : t('programme.units.editTitle', { code: unit.code })
      }
      onClose={onClose}
      onSubmit={() => void save()}
      busy={form.busy}
      failure={form.failure}
    >
      <TextField
        label={t('programme.units.code')}
        required
        disabled={unit !== null}
        autoFocus={unit === null}
        {...form.field('code')}
      />
      <TextField
        label={t('programme.units.name')}
        required
        autoFocus={unit !== null}
        {...form.field('name')}
      />
      <TextField select label={t('programme.units.level')} required {...form.field('level')}>
        {UNIT_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`programme.units.levelName.${level}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('programme.units.kind')} required {...form.field('kind')}>
        {UNIT_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`programme.units.kindName.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('programme.units.parent')} {...form.field('parentCode')}>
        <MenuItem value="">{t('programme.units.noParent')}</MenuItem>
        {units
          .filter((u) => u.code !== unit?.code && u.level !== 'commune')
          .map((u) => (
            <MenuItem key={u.code} value={u.code}>
              {t(`programme.units.kindName.${u.kind}`)} {u.name} ({u.code})
            </MenuItem>
          ))}
      </TextField>
      <DateField id="unit-valid-from" label={t('programme.units.validFrom')} {...form.text('validFrom')} />
      <DateField id="unit-valid-to" label={t('programme.units.validTo')} {...form.text('validTo')} />
      <TextField
        label={t('programme.units.successorCodes')}
        {...form.field('successorCodes', t('programme.units.successorHint'))}
      />
    </FormDialog>
  );
}
