import { Alert, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { REJECTION_CODES } from '../../../../shared/bundle/rejection';
import {
  type InboxStatus,
  MAIL_INBOX_LIMITS,
  type StagedBundle,
} from '../../../../shared/exchange/mail-contract';
import { HOST_REASONS, hostError } from '../../../../shared/host/result';
import { useStore } from '../../../db';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { vi } from '../../../i18n/vi';
import { DataTable } from '../../../ui/DataTable';
import { errorText, hostErrorText } from '../../../ui/store-error-text';
import { formatMoment } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';
import { mailboxRound, type RoundResult, useMailboxRound } from './mailbox-round';
import { MAILBOX_CHECK_EVERY_MS } from './mailbox-schedule';

/** The translated reason main keeps for a bundle that could not be imported. */
function refusedText(t: TFunction, code: string): string {
  const rejection = REJECTION_CODES.find((c) => c === code);
  if (rejection !== undefined) return t(`errors.rejection.${rejection}`);
  const reason = HOST_REASONS.find((r) => r === code);
  if (reason !== undefined) return hostErrorText(t, hostError('notAllowed', reason));
  const own = Object.keys(vi.mailbox.refused).find((k) => k === code) as
    | keyof typeof vi.mailbox.refused
    | undefined;
  return t(`mailbox.refused.${own ?? 'failed'}`);
}

/** A round's outcome in words: what it imported, the receipts it queued, what could not be done. */
function roundText(
  t: TFunction,
  unitName: (code: string) => string,
  result: RoundResult,
): { lines: string[]; failures: string[] } {
  const { rows, receipts } = result;
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const lines =
    rows.length === 0
      ? []
      : [
          t('mailbox.inbox.summary', {
            imported: count('imported'),
            known: count('known'),
            refused: rows.length - count('imported') - count('known'),
          }),
        ];
  const failures = rows
    .filter((r) => r.status === 'rejected')
    .map((r) => `${r.bundle.fileName}: ${errorText(t, r.error)}`);
  const queued = receipts.filter((a) => a.error === null).map((a) => unitName(a.unit));
  if (queued.length > 0) lines.push(t('mailbox.inbox.receiptsQueued', { units: queued.join(', ') }));
  for (const a of receipts.filter((x) => x.error !== null))
    failures.push(
      t('mailbox.inbox.receiptFailed', { unit: unitName(a.unit), message: errorText(t, a.error) }),
    );
  if (result.error !== null) failures.push(errorText(t, result.error));
  return { lines, failures };
}

/**
 * "Kiểm tra hộp thư ngay", and the rounds the schedule runs by itself (mailbox-schedule.ts): main
 * fetches in the background (the page only polls its status, so no network wait holds anything up),
 * then what main staged is imported, main is told, and a second check marks the imported messages on
 * the server (mailbox-round.ts). At the province each office that sent data gets its receipt by mail,
 * to the address its bundle came from.
 */
export function InboxPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const phase = useMailboxRound();
  const busy = phase.at === 'checking' || phase.at === 'importing';
  const status = useHostQuery(['mail'], () => host.mail.inbox(), [], { everyMs: busy ? 1000 : 10_000 });
  const check = async () => {
    await mailboxRound(host, store, { auto: false });
    status.refresh();
  };
  // A scheduled round that found nothing says so only through the last-check line.
  const shown =
    phase.at === 'done' &&
    (!phase.result.auto || phase.result.rows.length > 0 || phase.result.receipts.length > 0)
      ? roundText(t, unitName, phase.result)
      : null;

  const data = status.data;
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="inbox-heading">
      <Typography variant="h2" sx={{ mb: 2 }} id="inbox-heading">
        {t('mailbox.inbox.heading')}
      </Typography>
      <Stack spacing={2}>
        {status.error !== null && (
          <Alert severity="error" role="alert">
            {errorText(t, status.error)}
          </Alert>
        )}
        {data !== undefined && <LastCheck status={data} />}
        <div>
          <Button
            variant="contained"
            onClick={() => void check()}
            disabled={busy || data?.configured !== true}
          >
            {t('mailbox.inbox.check')}
          </Button>
        </div>
        {data?.configured === true && (
          <Typography color="text.secondary">
            {t('mailbox.inbox.auto', { minutes: MAILBOX_CHECK_EVERY_MS / 60_000 })}
          </Typography>
        )}
        {busy && (
          <div aria-live="polite">
            <Typography sx={{ mb: 1 }}>
              {phase.at === 'importing'
                ? t('mailbox.inbox.importing', { done: phase.done, total: phase.total })
                : t('mailbox.inbox.checking')}
            </Typography>
            <LinearProgress aria-label={t('mailbox.inbox.checking')} />
          </div>
        )}
        {shown !== null && (
          <Stack spacing={1} aria-live="polite">
            {shown.lines.map((line) => (
              <Alert key={line} severity="success" role="status">
                {line}
              </Alert>
            ))}
            {shown.failures.map((line) => (
              <Alert key={line} severity="warning">
                {line}
              </Alert>
            ))}
          </Stack>
        )}
        {data !== undefined && <BundleTable bundles={data.bundles} unitName={unitName} />}
        {data !== undefined && data.skipped.length > 0 && (
          <>
            <Typography variant="h3">{t('mailbox.inbox.skipped')}</Typography>
            <DataTable
              rows={data.skipped}
              rowKey={(s) => s.message}
              label={t('mailbox.inbox.skippedLabel')}
              columns={[
                {
                  key: 'from',
                  header: t('mailbox.inbox.sender'),
                  width: '1fr',
                  render: (s) => s.from ?? '—',
                },
                {
                  key: 'subject',
                  header: t('mailbox.inbox.subject'),
                  width: '1.5fr',
                  render: (s) => s.subject,
                },
                {
                  key: 'reason',
                  header: t('mailbox.inbox.state'),
                  width: '1.5fr',
                  render: (s) =>
                    t(`mailbox.inbox.reasons.${s.reason}`, {
                      mb: MAIL_INBOX_LIMITS.maxAttachmentBytes / 1024 / 1024,
                      count: MAIL_INBOX_LIMITS.maxAttachmentsPerMessage,
                    }),
                },
              ]}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The last check in words; being offline is said calmly, as the normal state it is here. */
function LastCheck({ status }: { status: InboxStatus }) {
  const { t } = useTranslation();
  if (!status.configured) return <Alert severity="info">{t('mailbox.inbox.notSet')}</Alert>;
  const last = status.lastCheck;
  if (last === null) return <Typography color="text.secondary">{t('mailbox.inbox.never')}</Typography>;
  const at = formatMoment(last.at);
  if (last.problem === null)
    return (
      <Typography>
        {t('mailbox.inbox.lastCheck', { at, fetched: last.fetched, marked: last.marked })}
      </Typography>
    );
  const calm = last.problem === 'offline' || last.problem === 'timeout';
  return (
    <Alert severity={calm ? 'info' : 'warning'} role="status">
      {t('mailbox.inbox.lastCheckProblem', { at, problem: t(`mailbox.problems.${last.problem}`) })}
    </Alert>
  );
}

function BundleTable({ bundles, unitName }: { bundles: StagedBundle[]; unitName: (code: string) => string }) {
  const { t } = useTranslation();
  if (bundles.length === 0) return <Typography color="text.secondary">{t('mailbox.inbox.empty')}</Typography>;
  const stateOf = (b: StagedBundle) =>
    b.state === 'staged' && b.refused !== null
      ? t('mailbox.inbox.states.refused', { reason: refusedText(t, b.refused.code) })
      : t(`mailbox.inbox.states.${b.state}`);
  return (
    <DataTable
      rows={[...bundles].reverse()}
      rowKey={(b) => b.id}
      label={t('mailbox.inbox.bundlesLabel')}
      columns={[
        { key: 'file', header: t('mailbox.inbox.file'), width: '1.5fr', render: (b) => b.fileName },
        {
          key: 'kind',
          header: t('mailbox.inbox.kind'),
          width: '0.8fr',
          render: (b) => t(`mailbox.inbox.kinds.${b.kind}`),
        },
        {
          key: 'sender',
          header: t('mailbox.inbox.sender'),
          width: '1.5fr',
          render: (b) =>
            `${b.senderUnit === null ? '' : unitName(b.senderUnit)}${b.from === null ? '' : ` <${b.from}>`}`,
        },
        { key: 'state', header: t('mailbox.inbox.state'), width: '1.5fr', render: stateOf },
      ]}
    />
  );
}
