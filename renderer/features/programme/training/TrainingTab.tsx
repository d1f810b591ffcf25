import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { TrainingEventRecord } from '../../../../shared/model';
import { useStore } from '../../../db';
import { DataTable } from '../../../ui/DataTable';
import { LiveError } from '../../../ui/LiveError';
import { showDay } from '../import/cells';
import { useCanWrite, useEvents } from '../use-programme';
import { useUnitNames } from '../use-unit-names';
import { EventDialog } from './EventDialog';
import { PeopleRegister } from './PeopleRegister';

/** Trainings, newest first, and the register of people trained. */
export function TrainingTab() {
  const { t } = useTranslation();
  const store = useStore();
  const navigate = useNavigate();
  const events = useEvents();
  const canWrite = useCanWrite();
  const unitName = useUnitNames();
  const [adding, setAdding] = useState(false);
  return (
    <Stack spacing={3}>
      <Typography color="text.secondary">{t('programme.training.intro')}</Typography>
      <Stack spacing={1.5}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h2">{t('programme.training.events')}</Typography>
          {canWrite && (
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
              {t('programme.training.add')}
            </Button>
          )}
        </Stack>
        <LiveError error={events.error} />
        <DataTable<TrainingEventRecord>
          label={t('programme.training.events')}
          rows={events.data ?? []}
          rowKey={(event) => event.id}
          height={360}
          empty={<Typography color="text.secondary">{t('programme.training.noEvents')}</Typography>}
          columns={[
            {
              key: 'date',
              header: t('programme.training.startDate'),
              width: '120px',
              render: (e) => showDay(e.startDate),
            },
            {
              key: 'title',
              header: t('programme.training.title'),
              width: 'minmax(200px, 2fr)',
              render: (e) => (
                <Link component={RouterLink} to={`/programme/training/${e.id}`}>
                  {e.title}
                </Link>
              ),
            },
            {
              key: 'topic',
              header: t('programme.training.topic'),
              width: 'minmax(140px, 1fr)',
              render: (e) => e.topic ?? '',
            },
            {
              key: 'unit',
              header: t('programme.training.unit'),
              width: '150px',
              render: (e) => unitName(e.unitCode),
            },
            {
              key: 'organiser',
              header: t('programme.training.organiser'),
              width: 'minmax(140px, 1fr)',
              render: (e) => e.organiser,
            },
          ]}
        />
      </Stack>
      <PeopleRegister />
      {adding && (
        <EventDialog
          event={null}
          defaultUnit={store.office?.unitCode ?? ''}
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            void navigate(`/programme/training/${id}`);
          }}
        />
      )}
    </Stack>
  );
}
