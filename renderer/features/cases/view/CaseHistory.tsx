import { Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { type CaseView, useSession } from '../../../db';
import { timeAndDay } from '../../../ui/dates';
import { AuditLines } from './AuditLines';

/**
 * The case's corrections: its revision and last change for everyone who can open it; the audit
 * entries about it (who did what, which fields — never the values) for roles that read the audit log.
 */
export function CaseHistory({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const session = useSession();
  const canAudit = session?.can('audit.read') ?? false;
  const last = timeAndDay(view.updatedAt);
  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="history-title">
      <Typography id="history-title" variant="h3" sx={{ mb: 1 }}>
        {t('cases.view.history.title')}
      </Typography>
      <Typography variant="body2" data-testid="case-revision">
        {t('cases.view.history.revision', { rev: view.rev, ...last })}
      </Typography>
      {canAudit ? (
        <AuditLines caseId={view.id} />
      ) : (
        <Typography variant="caption" color="text.secondary">
          {t('cases.view.history.auditOnly')}
        </Typography>
      )}
    </Paper>
  );
}
