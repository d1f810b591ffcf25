import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SchoolActivityRecord,
  type SchoolRecord,
  schoolYearOf,
  todayIso,
} from '../../../../shared/model';
import { useStore } from '../../../db';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable } from '../../../ui/DataTable';
import { LiveError } from '../../../ui/LiveError';
import { Notice } from '../../../ui/Notice';
import { RowActions } from '../../../ui/RowActions';
import { RowStatus } from '../../../ui/RowStatus';
import { showDay } from '../import/cells';
import { useActivities, useCanWrite, useSchools } from '../use-programme';
import { useUnitNames } from '../use-unit-names';
import { ActivityDialog } from './ActivityDialog';
import { SchoolDialog } from './SchoolDialog';

/**
 * Educational institutions and, for a school year, whether each integrated at least one activity
 * (I3); each school and activity can be corrected or deleted (with a confirmation).
 */
export function SchoolsTab() {
  const { t } = useTranslation();
  const store = useStore();
  const current = schoolYearOf(todayIso());
  const [year, setYear] = useState(current);
  const schools = useSchools();
  const activities = useActivities(year);
  const canWrite = useCanWrite();
  const unitName = useUnitNames();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<SchoolRecord | null>(null);
  const [deleting, setDeleting] = useState<SchoolRecord | null>(null);
  const [recording, setRecording] = useState<SchoolRecord | null>(null);
  const [editingActivity, setEditingActivity] = useState<SchoolActivityRecord | null>(null);
  const [deletingActivity, setDeletingActivity] = useState<SchoolActivityRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const activity of activities.data ?? [])
      map.set(activity.schoolId, (map.get(activity.schoolId) ?? 0) + 1);
    return map;
  }, [activities.data]);
  const schoolById = useMemo(() => new Map((schools.data ?? []).map((s) => [s.id, s])), [schools.data]);
  const activityLabel = (a: SchoolActivityRecord) => `${a.title} (${showDay(a.date)})`;
  const activitySchool = editingActivity === null ? undefined : schoolById.get(editingActivity.schoolId);
  const yearLabel = (from: number) => t('programme.schools.schoolYearValue', { from, to: from + 1 });
  const list = schools.data ?? [];
  const done = list.filter((s) => (counts.get(s.id) ?? 0) > 0).length;
  const years = Array.from({ length: current - 2021 + 1 }, (_, i) => current - i);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('programme.schools.intro')}</Typography>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('programme.schools.schoolYear')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 160 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {yearLabel(y)}
            </MenuItem>
          ))}
        </TextField>
        <Typography sx={{ flexGrow: 1 }}>
          {t('programme.schools.coverage', { done, total: list.length, year: yearLabel(year) })}
        </Typography>
        {canWrite && (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
            {t('programme.schools.add')}
          </Button>
        )}
      </Stack>
      <LiveError error={schools.error ?? activities.error} />
      <DataTable<SchoolRecord>
        label={t('programme.tabs.schools')}
        rows={list}
        rowKey={(s) => s.id}
        height={380}
        empty={<Typography color="text.secondary">{t('programme.schools.noSchools')}</Typography>}
        columns={[
          {
            key: 'name',
            header: t('programme.schools.name'),
            width: 'minmax(200px, 2fr)',
            render: (s) => s.name,
          },
          {
            key: 'level',
            header: t('programme.schools.level'),
            width: '140px',
            render: (s) => t(`programme.schools.levelName.${s.level}`),
          },
          {
            key: 'unit',
            header: t('programme.common.unit'),
            width: '140px',
            render: (s) => unitName(s.unitCode),
          },
          {
            key: 'count',
            header: t('programme.schools.activities'),
            width: '120px',
            render: (s) => counts.get(s.id) ?? 0,
          },
          {
            key: 'status',
            header: t('programme.import.status'),
            width: '170px',
            render: (s) =>
              (counts.get(s.id) ?? 0) > 0 ? (
                <RowStatus ok label={t('programme.schools.integrated')} />
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {t('programme.schools.notIntegrated')}
                </Typography>
              ),
          },
          ...(canWrite
            ? [
                {
                  key: 'record',
                  header: '',
                  width: '270px',
                  render: (s: SchoolRecord) => (
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      <Button
                        size="small"
                        onClick={() => setRecording(s)}
                        aria-label={`${t('programme.schools.addActivity')} — ${s.name}`}
                      >
                        {t('programme.schools.addActivity')}
                      </Button>
                      <RowActions
                        name={s.name}
                        onEdit={() => setEditing(s)}
                        onDelete={() => setDeleting(s)}
                      />
                    </Stack>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography variant="h2">{t('programme.schools.activities')}</Typography>
      <DataTable<SchoolActivityRecord>
        label={t('programme.schools.activities')}
        rows={activities.data ?? []}
        rowKey={(a) => a.id}
        height={320}
        empty={<Typography color="text.secondary">{t('programme.schools.noActivities')}</Typography>}
        columns={[
          {
            key: 'date',
            header: t('programme.schools.activity.date'),
            width: '120px',
            render: (a) => showDay(a.date),
          },
          {
            key: 'school',
            header: t('programme.schools.name'),
            width: 'minmax(180px, 1.5fr)',
            render: (a) => schoolById.get(a.schoolId)?.name ?? '',
          },
          {
            key: 'kind',
            header: t('programme.schools.activity.kind'),
            width: 'minmax(160px, 1fr)',
            render: (a) => t(`programme.schools.kindName.${a.kind}`),
          },
          {
            key: 'title',
            header: t('programme.schools.activity.title'),
            width: 'minmax(200px, 2fr)',
            render: (a) => a.title,
          },
          {
            key: 'participants',
            header: t('programme.schools.activity.participants'),
            width: '130px',
            render: (a) => a.participants ?? '',
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  header: '',
                  width: '96px',
                  render: (a: SchoolActivityRecord) => (
                    <RowActions
                      name={activityLabel(a)}
                      onEdit={() => setEditingActivity(a)}
                      onDelete={() => setDeletingActivity(a)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <SchoolDialog
          defaultUnit={store.office?.unitCode ?? ''}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
      {editing !== null && (
        <SchoolDialog
          school={editing}
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
          title={t('programme.schools.deleteTitle')}
          action={() => store.programme.schools.remove(deleting.id, deleting.rev)}
          onCancel={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            setNotice(t('programme.common.deleted'));
          }}
        >
          {t('programme.schools.deleteBody', { name: deleting.name })}
        </ConfirmDialog>
      )}
      {editingActivity !== null && activitySchool !== undefined && (
        <ActivityDialog
          school={activitySchool}
          activity={editingActivity}
          onClose={() => setEditingActivity(null)}
          onSaved={() => {
            setEditingActivity(null);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
      {deletingActivity !== null && (
        <ConfirmDialog
          open
          danger
          confirmLabel={t('programme.common.delete')}
          title={t('programme.schools.deleteActivityTitle')}
          action={() => store.programme.activities.remove(deletingActivity.id, deletingActivity.rev)}
          onCancel={() => setDeletingActivity(null)}
          onDone={() => {
            setDeletingActivity(null);
            setNotice(t('programme.common.deleted'));
          }}
        >
          {t('programme.schools.deleteActivityBody', {
            name: activityLabel(deletingActivity),
            school: schoolById.get(deletingActivity.schoolId)?.name ?? '',
          })}
        </ConfirmDialog>
      )}
      {recording !== null && (
        <ActivityDialog
          school={recording}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
    </Stack>
  );
}
