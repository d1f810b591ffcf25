import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Right } from '../../../../shared/model';
import { type CaseView, useLive, useSession, useStore } from '../../../db';
import { textFromIso, timeAndDay } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';
import { useOfficeUnits } from '../use-office-units';
import { AccessCopyDialog } from './AccessCopyDialog';
import { type CopyDoc, copyDoc } from './access-copy';
import { type RightsOutcome, RightsRequestDialog } from './RightsRequestDialog';

/**
 * The survivor's data rights on this case (Law 91/2025/QH15, Art. 4): one button per right, each a
 * request approved by an administrator, and the requests carried out so far with whether their
 * approval signature verifies against the office's admin key.
 */
export function RightsPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const session = useSession();
  const navigate = useNavigate();
  const { names } = useOfficeUnits();
  const [asking, setAsking] = useState<Right | null>(null);
  const [copy, setCopy] = useState<CopyDoc | null>(null);
  const [done, setDone] = useState<Right | null>(null);
  const requests = useLive(async () => {
    const list = await store.rights.list(view.id);
    return Promise.all(list.map(async (r) => ({ ...r, valid: await store.rights.verify(r) })));
  }, [view.id, view.rev]);
  if (!(session?.can('case.write') ?? false)) return null;
  const restricted = view.restrictedAt !== undefined;
  const deleted = view.deletedAt !== null;
  const rights: Right[] = deleted
    ? ['erase']
    : [
        ...(session?.can('case.identify') === true ? (['access'] as const) : []),
        ...(restricted ? (['unrestrict'] as const) : (['rectify', 'restrict'] as const)),
        'withdrawConsent',
        'erase',
      ];

  const finish = async ({ right, copy: made }: RightsOutcome) => {
    setAsking(null);
    setDone(right === 'access' ? null : right);
    if (made !== undefined) setCopy(copyDoc(made, message, (code) => names.get(code) ?? code));
    if (right === 'rectify') await navigate(`/cases/${view.id}/edit`);
    if (right === 'erase') await navigate('/cases');
  };

  return (
    <Paper sx={{ p: 2.5 }} component="section" aria-labelledby="rights-title">
      <Typography id="rights-title" variant="h3" sx={{ mb: 1 }}>
        {t('rights.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('rights.intro')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1.5 }}>
        {rights.map((right) => (
          <Button
            key={right}
            size="small"
            variant="outlined"
            color={right === 'erase' ? 'error' : 'primary'}
            onClick={() => setAsking(right)}
          >
            {t(`rights.right.${right}`)}
          </Button>
        ))}
      </Stack>
      {done !== null && done !== 'access' && done !== 'erase' && (
        <Alert severity="success" sx={{ mb: 1.5 }} onClose={() => setDone(null)}>
          {t(`rights.done.${done}`)}
        </Alert>
      )}
      <Typography variant="subtitle2">{t('rights.history.title')}</Typography>
      {requests.error !== null && <Alert severity="error">{message(`store.error.${requests.error}`)}</Alert>}
      {requests.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('rights.history.empty')}
        </Typography>
      )}
      <Stack component="ul" sx={{ pl: 2, my: 0.5 }} data-testid="rights-history">
        {requests.data?.map((r) => (
          <Typography component="li" variant="body2" key={r.id}>
            {t('rights.history.line', {
              right: t(`rights.right.${r.right}`),
              requestedOn: textFromIso(r.requestedOn),
              ...timeAndDay(r.at),
              by: r.requestedBy.username,
              admin: r.approval.username,
            })}{' '}
            ({r.valid ? t('rights.history.verified') : t('rights.history.unverified')})
          </Typography>
        ))}
      </Stack>
      {asking !== null && (
        <RightsRequestDialog
          right={asking}
          view={view}
          onClose={() => setAsking(null)}
          onDone={(outcome) => void finish(outcome)}
        />
      )}
      {copy !== null && (
        <AccessCopyDialog doc={copy} caseCode={view.caseCode} onClose={() => setCopy(null)} />
      )}
    </Paper>
  );
}

/** The restricted state, at the top of the case: what it means and since when. */
export function RestrictedNotice({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  if (view.restrictedAt === undefined) return null;
  return (
    <Alert severity="warning" data-testid="case-restricted">
      <strong>{t('rights.restricted.title')}</strong> —{' '}
      {t('rights.restricted.body', timeAndDay(view.restrictedAt))}
    </Alert>
  );
}
