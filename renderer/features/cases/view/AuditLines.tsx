import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAuditEntries } from '../../../db';
import { timeAndDay } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';

/** The audit log's entries about one case, newest first. */
export function AuditLines({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const { data } = useAuditEntries({ recordId: caseId, limit: 100 });
  return (
    <Stack component="ul" spacing={0.5} sx={{ m: 0, mt: 1, pl: 2.5 }}>
      {(data ?? []).map((entry) => {
        const { time, day } = timeAndDay(entry.at);
        const action = message(`cases.view.history.action.${entry.action}`);
        return (
          <Typography component="li" variant="body2" key={entry.seq}>
            {t('cases.view.history.entry', { time, day, user: entry.username ?? '—', action })}
            {entry.action === 'update' && entry.detail
              ? ` (${t('cases.view.history.fields', { fields: entry.detail })})`
              : ''}
          </Typography>
        );
      })}
    </Stack>
  );
}
