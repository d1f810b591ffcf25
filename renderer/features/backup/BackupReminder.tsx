import { Alert, Button } from '@mui/material';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../db';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';

/** Days after which the dashboard reminds an administrator to back up. */
export const BACKUP_REMINDER_DAYS = 7;

/** On the dashboard, for whoever may back up: no backup yet, or the last one older than N days. */
export function BackupReminder({ days = BACKUP_REMINDER_DAYS }: { days?: number }) {
  const { t } = useTranslation();
  const session = useSession();
  const may = session?.can('store.maintain') === true;
  const state = useHostQuery(['backup'], () => host.backup.state(), [], { enabled: may });
  if (!may || state.data === undefined) return null;
  const last = state.data.lastAt === null ? null : parseISO(state.data.lastAt);
  const age = last === null ? null : differenceInCalendarDays(new Date(), last);
  if (age !== null && age < days) return null;
  return (
    <Alert
      severity="warning"
      data-testid="backup-reminder"
      sx={{ mb: 2 }}
      action={
        <Button component={Link} to="/admin/backup" color="inherit" size="small">
          {t('backup.reminder.action')}
        </Button>
      }
    >
      {last === null
        ? t('backup.reminder.never')
        : t('backup.reminder.old', { days: age, date: format(last, 'dd/MM/yyyy') })}
    </Alert>
  );
}
