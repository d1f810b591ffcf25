import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachRecord } from '../../../../shared/model';
import { useStore } from '../../../db';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable } from '../../../ui/DataTable';
import { LiveError } from '../../../ui/LiveError';
import { Notice } from '../../../ui/Notice';
import { RowActions } from '../../../ui/RowActions';
import { showDay } from '../import/cells';
import { useCanWrite, useOutreach } from '../use-programme';
import { useUnitNames } from '../use-unit-names';
import { OutreachDialog } from './OutreachDialog';

const number = new Intl.NumberFormat('vi-VN');

/**
 * Outreach events, newest first, with the people reached by sex and group and the running totals;
 * each can be corrected or deleted (with a confirmation).
 */
export function OutreachTab() {
  const { t } = useTranslation();
  const store = useStore();
  const outreach = useOutreach();
  const canWrite = useCanWrite();
  const unitName = useUnitNames();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<OutreachRecord | null>(null);
  const [deleting, setDeleting] = useState<OutreachRecord | null>(null);
  const label = (o: OutreachRecord) => `${o.title} (${showDay(o.date)})`;
  const [notice, setNotice] = useState<string | null>(null);
  const list = outreach.data ?? [];
  const totals = useMemo(
    () =>
      list.reduce(
        (sum, o) => ({
          female: sum.female + o.reachFemale,
          male: sum.male + o.reachMale,
          other: sum.other + o.reachOther,
        }),
        { female: 0, male: 0, other: 0 },
      ),
    [list],
  );
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('programme.outreach.intro')}</Typography>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 2 }}
      >
        <Typography>
          {t('programme.outreach.totals', {
            events: list.length,
            total: number.format(totals.female + totals.male + totals.other),
            female: number.format(totals.female),
            male: number.format(totals.male),
            other: number.format(totals.other),
          })}
        </Typography>
        {canWrite && (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
            {t('programme.outreach.add')}
          </Button>
        )}
      </Stack>
      <LiveError error={outreach.error} />
      <DataTable<OutreachRecord>
        label={t('programme.tabs.outreach')}
        rows={list}
        rowKey={(o) => o.id}
        estimate={56}
        empty={<Typography color="text.secondary">{t('programme.outreach.none')}</Typography>}
        columns={[
          {
            key: 'date',
            header: t('programme.outreach.date'),
            width: '110px',
            render: (o) => showDay(o.date),
          },
          {
            key: 'title',
            header: t('programme.outreach.title'),
            width: 'minmax(180px, 2fr)',
            render: (o) => o.title,
          },
          {
            key: 'channel',
            header: t('programme.outreach.channel'),
            width: 'minmax(140px, 1fr)',
            render: (o) => t(`programme.outreach.channelName.${o.channel}`),
          },
          {
            key: 'unit',
            header: t('programme.common.unit'),
            width: '130px',
            render: (o) => unitName(o.unitCode),
          },
          {
            key: 'female',
            header: t('programme.outreach.reachFemale'),
            width: '80px',
            render: (o) => number.format(o.reachFemale),
          },
          {
            key: 'male',
            header: t('programme.outreach.reachMale'),
            width: '80px',
            render: (o) => number.format(o.reachMale),
          },
          {
            key: 'other',
            header: t('programme.outreach.reachOther'),
            width: '70px',
            render: (o) => number.format(o.reachOther),
          },
          {
            key: 'groups',
            header: t('programme.outreach.groups'),
            width: 'minmax(160px, 1.5fr)',
            render: (o) => o.groups.map((g) => t(`programme.outreach.groupName.${g}`)).join(', '),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  header: '',
                  width: '96px',
                  render: (o: OutreachRecord) => (
                    <RowActions
                      name={label(o)}
                      onEdit={() => setEditing(o)}
                      onDelete={() => setDeleting(o)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <OutreachDialog
          defaultUnit={store.office?.unitCode ?? ''}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
      {editing !== null && (
        <OutreachDialog
          record={editing}
          defaultUnit={editing.unitCode}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
      {deleting !== null && (
        <ConfirmDialog
          open
          danger
          confirmLabel={t('programme.common.delete')}
          title={t('programme.outreach.deleteTitle')}
          action={() => store.programme.outreach.remove(deleting.id, deleting.rev)}
          onCancel={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            setNotice(t('programme.common.deleted'));
          }}
        >
          {t('programme.outreach.deleteBody', { name: label(deleting) })}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
