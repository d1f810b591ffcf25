import { Checkbox, FormControlLabel, FormGroup, FormLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OUTREACH_CHANNELS,
  OUTREACH_GROUPS,
  type OutreachRecord,
  outreachFieldsSchema,
} from '../../../../shared/model';
import { useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { useForm } from '../../../ui/use-form';
import { dayInput, showDay } from '../import/cells';
import { UnitSelect } from '../UnitSelect';

type Group = (typeof OUTREACH_GROUPS)[number];

const count = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.replace(/[.\s]/g, ''));

/** Record an outreach event with the people reached by sex and the groups it addressed, or correct one. */
export function OutreachDialog({
  record = null,
  defaultUnit,
  onClose,
  onSaved,
}: {
  record?: OutreachRecord | null;
  defaultUnit: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [groups, setGroups] = useState<readonly Group[]>(record?.groups ?? []);
  const form = useForm(
    {
      date: showDay(record?.date),
      unitCode: record?.unitCode ?? defaultUnit,
      title: record?.title ?? '',
      channel: record?.channel ?? 'community_meeting',
      reachFemale: record === null ? '' : String(record.reachFemale),
      reachMale: record === null ? '' : String(record.reachMale),
      reachOther: String(record?.reachOther ?? 0),
      note: record?.note ?? '',
    },
    (v) => ({
      date: dayInput(v.date),
      unitCode: v.unitCode,
      title: v.title,
      channel: v.channel,
      reachFemale: count(v.reachFemale),
      reachMale: count(v.reachMale),
      reachOther: count(v.reachOther),
      groups,
      note: v.note,
    }),
    outreachFieldsSchema,
  );
  const save = () =>
    form.submit(async (parsed) => {
      if (record === null) await store.programme.outreach.create(parsed);
      else await store.programme.outreach.update(record.id, parsed, record.rev);
      onSaved();
    });
  return (
    <FormDialog
      open
      title={record === null ? t('programme.outreach.addTitle') : t('programme.outreach.editTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      busy={form.busy}
      failure={form.failure}
    >
      <DateField
        id="outreach-date"
        label={t('programme.outreach.date')}
        required
        autoFocus
        {...form.text('date')}
      />
      <UnitSelect label={t('programme.common.unit')} required {...form.control('unitCode')} />
      <TextField label={t('programme.outreach.title')} required {...form.field('title')} />
      <TextField select label={t('programme.outreach.channel')} required {...form.field('channel')}>
        {OUTREACH_CHANNELS.map((channel) => (
          <MenuItem key={channel} value={channel}>
            {t(`programme.outreach.channelName.${channel}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormLabel>{t('programme.outreach.reach')}</FormLabel>
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('programme.outreach.reachFemale')}
          required
          inputMode="numeric"
          {...form.field('reachFemale')}
        />
        <TextField
          label={t('programme.outreach.reachMale')}
          required
          inputMode="numeric"
          {...form.field('reachMale')}
        />
        <TextField
          label={t('programme.outreach.reachOther')}
          inputMode="numeric"
          {...form.field('reachOther')}
        />
      </Stack>
      <FormLabel>{t('programme.outreach.groups')}</FormLabel>
      <FormGroup row>
        {OUTREACH_GROUPS.map((group) => (
          <FormControlLabel
            key={group}
            label={t(`programme.outreach.groupName.${group}`)}
            control={
              <Checkbox
                checked={groups.includes(group)}
                onChange={(e) =>
                  setGroups((g) => (e.target.checked ? [...g, group] : g.filter((x) => x !== group)))
                }
              />
            }
          />
        ))}
      </FormGroup>
      <TextField label={t('programme.outreach.note')} multiline minRows={2} {...form.field('note')} />
    </FormDialog>
  );
}
