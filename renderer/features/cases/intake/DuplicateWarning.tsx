import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { Alert, AlertTitle, Link, List, ListItem } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { DuplicateMatch } from '../../../db';
import { textFromIso } from '../../../ui/dates';

/** Shown before saving when the blind index finds the same survivor in an earlier case. */
export function DuplicateWarning({
  matches,
  canOpen,
}: {
  matches: readonly DuplicateMatch[];
  canOpen: boolean;
}) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <Alert severity="warning" icon={<WarningAmberOutlined />} role="alert" data-testid="duplicate-warning">
      <AlertTitle>{t('cases.intake.duplicate.title')}</AlertTitle>
      {t('cases.intake.duplicate.body', { count: matches.length })}
      <List dense disablePadding>
        {matches.map((match) => (
          <ListItem key={match.id} disableGutters>
            {canOpen ? (
              <Link component={RouterLink} to={`/cases/${match.id}`}>
                {t('cases.intake.duplicate.open', { code: match.caseCode })}
              </Link>
            ) : (
              match.caseCode
            )}
            &nbsp;— {textFromIso(match.reportDate)},{' '}
            {t(`cases.intake.duplicate.matchedOn.${match.matchedOn}`)}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
