import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import RemoveCircleOutlineOutlined from '@mui/icons-material/RemoveCircleOutlineOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Button, IconButton, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useStore } from '../../../db';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable } from '../../../ui/DataTable';
import { LiveError } from '../../../ui/LiveError';
import { Notice } from '../../../ui/Notice';
import { showDay } from '../import/cells';
import { type Participant, useCanWrite, useEvent, useParticipants } from '../use-programme';
import { useUnitNames } from '../use-unit-names';
import { AddParticipantDialog } from './AddParticipantDialog';
import { EventDialog } from './EventDialog';
import { ParticipantImportDialog } from './ParticipantImportDialog';

/**
 * One training: its details and participants, with adding one by one or from an Excel list;
 * the training is edited or deleted here, and a participant removed, each after a confirmation.
 */
export function EventPage() {
  const { t } = useTranslation();
  const { eventId } = useParams();
  const store = useStore();
  const navigate = useNavigate();
  const event = useEvent(eventId);
  const participants = useParticipants(eventId);
  const canWrite = useCanWrite();
  const unitName = useUnitNames();
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'add' | 'import' | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const back = (
    <Button
      component={RouterLink}
      to="/programme/training"
      startIcon={<ArrowBackOutlined />}
      sx={{ alignSelf: 'start' }}
    >
      {t('programme.common.back')}
    </Button>
  );
  if (event.isLoading) return <Typography>{t('programme.common.loading')}</Typography>;
  if (event.data === undefined)
    return (
      <Stack spacing={2}>
        {back}
        <LiveError error={event.error ?? 'notFound'} />
      </Stack>
    );
  const training = event.data;
  const details: [string, string][] = [
    [
      t('programme.training.startDate'),
      [showDay(training.startDate), showDay(training.endDate)].filter(Boolean).join(' – '),
    ],
    [t('programme.training.topic'), training.topic ?? ''],
    [t('programme.training.organiser'), training.organiser],
    [t('programme.training.unit'), unitName(training.unitCode)],
    [t('programme.training.place'), training.place ?? ''],
    [t('programme.training.trainers'), training.trainers ?? ''],
  ];
  const people = participants.data ?? [];
  return (
    <Stack spacing={2}>
      {back}
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'start' }}>
          <Typography variant="h2">{training.title}</Typography>
          {canWrite && (
            <Stack direction="row" spacing={1}>
              <Button startIcon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('programme.common.edit')}
              </Button>
              <Button color="error" startIcon={<DeleteOutlineOutlined />} onClick={() => setDialog('delete')}>
                {t('programme.common.delete')}
              </Button>
            </Stack>
          )}
        </Stack>
        <Stack
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 3,
            rowGap: 0.5,
            m: 0,
            mt: 1,
          }}
        >
          {details
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <Stack key={label} sx={{ display: 'contents' }}>
                <Typography component="dt" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" sx={{ m: 0 }}>
                  {value}
                </Typography>
              </Stack>
            ))}
        </Stack>
      </Paper>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h2">
          {t('programme.training.participants')} (
          {t('programme.training.participantCount', { count: people.length })})
        </Typography>
        {canWrite && (
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" startIcon={<PersonAddOutlined />} onClick={() => setDialog('add')}>
              {t('programme.training.addParticipant')}
            </Button>
            <Button
              variant="contained"
              startIcon={<UploadFileOutlined />}
              onClick={() => setDialog('import')}
            >
              {t('programme.training.importParticipants')}
            </Button>
          </Stack>
        )}
      </Stack>
      <LiveError error={participants.error} />
      <DataTable<Participant>
        label={t('programme.training.participants')}
        rows={people}
        rowKey={(p) => p.attendanceId}
        empty={<Typography color="text.secondary">{t('programme.training.noParticipants')}</Typography>}
        columns={[
          {
            key: 'name',
            header: t('programme.training.person.fullName'),
            width: 'minmax(180px, 2fr)',
            render: (p) => p.person.fullName,
          },
          {
            key: 'sex',
            header: t('programme.training.person.sex'),
            width: '90px',
            render: (p) => t(`store.enum.sex.${p.person.sex}`),
          },
          {
            key: 'unit',
            header: t('programme.training.person.unit'),
            width: '140px',
            render: (p) => unitName(p.person.unitCode),
          },
          {
            key: 'position',
            header: t('programme.training.person.position'),
            width: 'minmax(120px, 1fr)',
            render: (p) => p.person.position ?? '',
          },
          {
            key: 'category',
            header: t('programme.training.person.category'),
            width: 'minmax(150px, 1fr)',
            render: (p) => t(`store.enum.personCategory.${p.person.category}`),
          },
          ...(canWrite
            ? [
                {
                  key: 'remove',
                  header: '',
                  width: '56px',
                  render: (p: Participant) => (
                    <IconButton
                      size="small"
                      aria-label={t('programme.training.removeParticipant', { name: p.person.fullName })}
                      onClick={() => setRemoving(p)}
                    >
                      <RemoveCircleOutlineOutlined fontSize="small" />
                    </IconButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog === 'edit' && (
        <EventDialog
          event={training}
          defaultUnit={training.unitCode}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          open
          danger
          confirmLabel={t('programme.common.delete')}
          title={t('programme.training.deleteTitle')}
          action={() => store.programme.events.remove(training.id, training.rev)}
          onCancel={() => setDialog(null)}
          onDone={() => void navigate('/programme/training')}
        >
          {t('programme.training.deleteBody', { title: training.title, count: people.length })}
        </ConfirmDialog>
      )}
      {removing !== null && (
        <ConfirmDialog
          open
          danger
          title={t('programme.training.removeParticipantTitle')}
          confirmLabel={t('programme.training.removeParticipantConfirm')}
          action={() => store.programme.attendances.remove(removing.attendanceId)}
          onCancel={() => setRemoving(null)}
          onDone={() => {
            setRemoving(null);
            setNotice(t('programme.training.participantRemoved', { name: removing.person.fullName }));
          }}
        >
          {t('programme.training.removeParticipantBody', {
            name: removing.person.fullName,
            title: training.title,
          })}
        </ConfirmDialog>
      )}
      {dialog === 'add' && (
        <AddParticipantDialog
          event={training}
          onClose={() => setDialog(null)}
          onAdded={() => {
            setDialog(null);
            setNotice(t('programme.common.saved'));
          }}
        />
      )}
      {dialog === 'import' && (
        <ParticipantImportDialog
          event={training}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}
