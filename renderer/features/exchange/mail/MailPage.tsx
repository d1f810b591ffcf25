import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutboxMessage, smtpSettingsSchema } from '../../../../shared/exchange/mail-contract';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import type { Column } from '../../../ui/DataTable';
import { errorText, sendFailureText } from '../../../ui/store-error-text';
import { TableCard } from '../../../ui/TableCard';
import { formatMoment } from '../ui/format';
import { InboxPanel } from './InboxPanel';
import { InboxSettingsForm } from './InboxSettingsForm';
import { type Message, ServerSettingsForm } from './ServerSettingsForm';

/**
 * Mail both ways: SMTP settings with a test message (the password is sent once and never shown back)
 * and the outbox with its states; the IMAP mailbox bundles arrive in, and its check-and-import.
 */
export function MailPage() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const settings = useHostQuery(['mail'], () => host.mail.getSettings(), []);
  // The pump changes states by itself (sending, retrying): the outbox is read again every few seconds.
  const outbox = useHostQuery(['mail'], () => host.mail.outbox(), [], { everyMs: 5000 });
  const retry = async (id: string) => {
    setFailure(null);
    try {
      await call(host.mail.retryNow({ id }));
    } catch (e) {
      setFailure(errorText(t, e));
    }
  };

  const sendTest = async (say: (message: Message) => void) => {
    setTesting(true);
    try {
      const r = await call(host.mail.sendTest());
      say(
        r.ok
          ? { severity: 'success', text: t('mailbox.test.sent', { to: r.to.join(', ') }) }
          : {
              severity: 'error',
              text: t('mailbox.test.failed', { problem: t(`mailbox.problems.${r.problem}`) }),
            },
      );
    } catch (e) {
      say({ severity: 'error', text: errorText(t, e) });
    } finally {
      setTesting(false);
    }
  };

  const outboxColumns: Column<OutboxMessage>[] = [
    { key: 'file', header: t('exchange.mail.file'), width: '2fr', render: (m) => m.fileName },
    {
      key: 'state',
      header: t('exchange.mail.state'),
      width: '1fr',
      render: (m) => t(`exchange.mail.states.${m.state}`),
    },
    { key: 'attempts', header: t('exchange.mail.attempts'), width: '0.6fr', render: (m) => m.attempts },
    {
      key: 'next',
      header: t('exchange.mail.nextTry'),
      width: '1fr',
      render: (m) => (m.nextAttemptAt === null ? '—' : formatMoment(m.nextAttemptAt)),
    },
    {
      key: 'error',
      header: t('exchange.mail.lastError'),
      width: '2fr',
      render: (m) => (m.lastError === null ? '—' : sendFailureText(t, m.lastError)),
    },
    {
      key: 'retry',
      header: '',
      width: '1fr',
      render: (m) =>
        m.state === 'failed-retrying' && (
          <Button size="small" onClick={() => void retry(m.id)}>
            {t('exchange.mail.retry')}
          </Button>
        ),
    },
  ];
  return (
    <Stack spacing={3}>
      <InboxPanel />
      <ServerSettingsForm
        headingId="smtp-settings-heading"
        heading={t('exchange.mail.heading')}
        label={(field) => t(`exchange.mail.${field}`)}
        texts={{
          password: t('exchange.mail.password'),
          passwordSet: t('exchange.mail.passwordSet'),
          passwordNone: t('exchange.mail.passwordNone'),
          save: t('exchange.mail.save'),
          saved: t('exchange.mail.saved'),
        }}
        securityOptions={[
          { value: 'none', label: t('exchange.mail.securityNone') },
          { value: 'starttls', label: t('exchange.mail.securityStarttls') },
          { value: 'tls', label: t('exchange.mail.securityTls') },
        ]}
        initial={{ host: '', port: '587', security: 'starttls', user: '', password: '', from: '', to: '' }}
        extra={['from', 'to']}
        saved={settings}
        fromSaved={(s) => ({
          host: s.host,
          port: String(s.port),
          security: s.security,
          user: s.user,
          from: s.from,
          to: s.to.join(', '),
        })}
        toInput={(v) => ({
          host: v.host.trim(),
          port: Number(v.port),
          security: v.security,
          user: v.user.trim(),
          from: v.from.trim(),
          to: v.to
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        })}
        schema={smtpSettingsSchema}
        save={(settings, password) =>
          host.mail.saveSettings({ settings, ...(password === undefined ? {} : { password }) })
        }
        actions={(say) => (
          <Button
            variant="outlined"
            onClick={() => void sendTest(say)}
            disabled={testing || settings.data === null}
          >
            {testing ? t('mailbox.test.sending') : t('mailbox.test.button')}
          </Button>
        )}
      />
      <TableCard
        heading={t('exchange.mail.outbox')}
        error={outbox.error}
        rows={outbox.data?.messages}
        empty={t('exchange.mail.outboxEmpty')}
        label={t('exchange.mail.outboxLabel')}
        columns={outboxColumns}
        rowKey={(m) => m.id}
      >
        {failure !== null && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
      </TableCard>
      <InboxSettingsForm />
    </Stack>
  );
}
