import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFolder, toOutbox } from '../../../exchange/import-many';
import { type ResendOutcome, type ResendRequest, resendMissing } from '../../../exchange/resend';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { FolderField } from '../../../ui/FolderField';
import { errorText } from '../../../ui/store-error-text';
import { formatRanges } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';

const count = (ranges: readonly (readonly [number, number])[]) =>
  ranges.reduce((n, [a, b]) => n + b - a + 1, 0);

/**
 * At an office: what the province's newest receipt says is missing ("Tỉnh còn thiếu gói số 3–4"),
 * and one action that writes all of those bundles again (the same bytes main kept) to a folder or stick.
 */
export function ResendRequests() {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const requests = useHostQuery(['bundles'], () => host.bundles.requests(), []);
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ path: string | null; outcomes: ResendOutcome[] } | null>(null);
  const mail = useHostQuery(['mail'], () => host.mail.getSettings(), []).data ?? null;
  if (requests.error !== null)
    return (
      <Alert severity="error" role="alert">
        {errorText(t, requests.error)}
      </Alert>
    );
  const list = requests.data?.requests ?? [];
  /** To a folder or stick, or (path null) into the e-mail outbox. */
  const resend = (request: ResendRequest, path: string | null) => {
    setBusy(true);
    void resendMissing(request, path === null ? toOutbox(host) : toFolder(host, 'folder', path))
      .then((outcomes) => setDone({ path, outcomes }))
      .finally(() => setBusy(false));
  };
  if (list.length === 0 && done === null) return null;
  return (
    <Stack spacing={2}>
      {list.map((r) => (
        <Alert key={r.recipientUnit} severity="warning" role="alert">
          <AlertTitle>{t('exchange.resend.missing', { ranges: formatRanges(r.missing) })}</AlertTitle>
          {t('exchange.resend.explain', { unit: unitName(r.recipientUnit) })}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2, alignItems: 'flex-start' }}>
            <FolderField
              purpose="save"
              label={t('exchange.resend.folder')}
              value={dir}
              onChange={(path) => setDir(path)}
            />
            <Button
              variant="contained"
              disabled={busy || dir.trim() === ''}
              sx={{ mt: 1, whiteSpace: 'nowrap' }}
              onClick={() => resend(r, dir.trim())}
            >
              {t('exchange.resend.action', { count: count(r.missing) })}
            </Button>
            {mail !== null && (
              <Button
                variant="outlined"
                disabled={busy}
                sx={{ mt: 1, whiteSpace: 'nowrap' }}
                onClick={() => resend(r, null)}
              >
                {t('exchange.resend.byMail', { count: count(r.missing) })}
              </Button>
            )}
          </Stack>
        </Alert>
      ))}
      {done !== null && (
        <Alert severity={done.outcomes.some((o) => o.error !== null) ? 'error' : 'success'} role="status">
          {done.path === null
            ? t('exchange.resend.queued', { count: done.outcomes.filter((o) => o.error === null).length })
            : t('exchange.resend.done', {
                count: done.outcomes.filter((o) => o.error === null).length,
                path: done.path,
              })}
          {done.outcomes
            .filter((o) => o.error !== null)
            .map((o) => (
              <div key={o.ref.sequence}>
                {t('exchange.resend.failed', { sequence: o.ref.sequence, reason: errorText(t, o.error) })}
              </div>
            ))}
        </Alert>
      )}
    </Stack>
  );
}
