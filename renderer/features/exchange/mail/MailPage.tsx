import {
  Alert,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpSettingsSchema } from '../../../../shared/exchange/mail-contract';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';
import { formatMoment } from '../ui/format';
import { InboxPanel } from './InboxPanel';
import { InboxSettingsForm } from './InboxSettingsForm';

type Form = {
  host: string;
  port: string;
  security: 'none' | 'starttls' | 'tls';
  user: string;
  from: string;
  to: string;
};
const EMPTY: Form = { host: '', port: '587', security: 'starttls', user: '', from: '', to: '' };

/**
 * Mail both ways: SMTP settings with a test message (the password is sent once and never shown back)
 * and the outbox with its states; the IMAP mailbox bundles arrive in, and its check-and-import.
 */
export function MailPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [password, setPassword] = useState('');
  const [passwordSet, setPasswordSet] = useState(false);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const settings = useHostQuery(['mail'], () => host.mail.getSettings(), []);
  // The pump changes states by itself (sending, retrying): the outbox is read again every few seconds.
  const outbox = useHostQuery(['mail'], () => host.mail.outbox(), [], { everyMs: 5000 });
  const saved = settings.data;
  useEffect(() => {
    if (saved === undefined || saved === null) return;
    setForm({
      host: saved.host,
      port: String(saved.port),
      security: saved.security,
      user: saved.user,
      from: saved.from,
      to: saved.to.join(', '),
    });
    setPasswordSet(saved.passwordSet);
  }, [saved]);
  const retry = async (id: string) => {
    try {
      await call(host.mail.retryNow({ id }));
    } catch (e) {
      setMessage({ severity: 'error', text: errorText(t, e) });
    }
  };

  const sendTest = async () => {
    setTesting(true);
    setMessage(null);
    try {
      const r = await call(host.mail.sendTest());
      setMessage(
        r.ok
          ? { severity: 'success', text: t('mailbox.test.sent', { to: r.to.join(', ') }) }
          : {
              severity: 'error',
              text: t('mailbox.test.failed', { problem: t(`mailbox.problems.${r.problem}`) }),
            },
      );
    } catch (e) {
      setMessage({ severity: 'error', text: errorText(t, e) });
    } finally {
      setTesting(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = smtpSettingsSchema.safeParse({
      host: form.host.trim(),
      port: Number(form.port),
      security: form.security,
      user: form.user.trim(),
      from: form.from.trim(),
      to: form.to
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    });
    if (!parsed.success) {
      const fields = [
        ...new Set(parsed.error.issues.map((i) => t(`exchange.mail.${String(i.path[0]) as 'host'}`))),
      ];
      return setMessage({
        severity: 'error',
        text: t('exchange.mail.invalid', { fields: fields.join(', ') }),
      });
    }
    const r = await host.mail.saveSettings({
      settings: parsed.data,
      ...(password === '' ? {} : { password }),
    });
    if (!r.ok) return setMessage({ severity: 'error', text: errorText(t, r.error) });
    setPassword('');
    setPasswordSet(r.value.passwordSet);
    setMessage({ severity: 'success', text: t('exchange.mail.saved') });
  };
  const field = (name: Exclude<keyof Form, 'security'>, extra: object = {}) => (
    <TextField
      label={t(`exchange.mail.${name}`)}
      value={form[name]}
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      {...extra}
    />
  );
  return (
    <Stack spacing={3}>
      <InboxPanel />
      <Paper variant="outlined" sx={{ p: 3 }} component="form" onSubmit={(e) => void submit(e)} noValidate>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('exchange.mail.heading')}
        </Typography>
        {settings.error !== null && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {errorText(t, settings.error)}
          </Alert>
        )}
        <Stack spacing={2} sx={{ maxWidth: 560 }}>
          {field('host')}
          <Stack direction="row" spacing={2}>
            {field('port', { slotProps: { htmlInput: { inputMode: 'numeric' } }, sx: { width: 120 } })}
            <TextField
              select
              label={t('exchange.mail.security')}
              value={form.security}
              onChange={(e) => setForm({ ...form, security: e.target.value as Form['security'] })}
              sx={{ flex: 1 }}
            >
              <MenuItem value="none">{t('exchange.mail.securityNone')}</MenuItem>
              <MenuItem value="starttls">{t('exchange.mail.securityStarttls')}</MenuItem>
              <MenuItem value="tls">{t('exchange.mail.securityTls')}</MenuItem>
            </TextField>
          </Stack>
          {field('user')}
          <TextField
            type="password"
            label={t('exchange.mail.password')}
            helperText={passwordSet ? t('exchange.mail.passwordSet') : t('exchange.mail.passwordNone')}
            value={password}
            autoComplete="new-password"
            onChange={(e) => setPassword(e.target.value)}
          />
          {field('from')}
          {field('to')}
          <Stack direction="row" spacing={2}>
            <Button type="submit" variant="contained">
              {t('exchange.mail.save')}
            </Button>
            <Button variant="outlined" onClick={() => void sendTest()} disabled={testing || saved === null}>
              {testing ? t('mailbox.test.sending') : t('mailbox.test.button')}
            </Button>
          </Stack>
          {message !== null && (
            <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
              {message.text}
            </Alert>
          )}
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('exchange.mail.outbox')}
        </Typography>
        {outbox.error !== null ? (
          <Alert severity="error" role="alert">
            {errorText(t, outbox.error)}
          </Alert>
        ) : outbox.data === undefined ? null : outbox.data.messages.length === 0 ? (
          <Alert severity="info">{t('exchange.mail.outboxEmpty')}</Alert>
        ) : (
          <Table size="small" aria-label={t('exchange.mail.outboxLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('exchange.mail.file')}</TableCell>
                <TableCell>{t('exchange.mail.state')}</TableCell>
                <TableCell>{t('exchange.mail.attempts')}</TableCell>
                <TableCell>{t('exchange.mail.nextTry')}</TableCell>
                <TableCell>{t('exchange.mail.lastError')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {outbox.data.messages.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{m.fileName}</TableCell>
                  <TableCell>{t(`exchange.mail.states.${m.state}`)}</TableCell>
                  <TableCell>{m.attempts}</TableCell>
                  <TableCell>{m.nextAttemptAt === null ? '—' : formatMoment(m.nextAttemptAt)}</TableCell>
                  <TableCell>{m.lastError ?? '—'}</TableCell>
                  <TableCell>
                    {m.state === 'failed-retrying' && (
                      <Button size="small" onClick={() => void retry(m.id)}>
                        {t('exchange.mail.retry')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <InboxSettingsForm />
    </Stack>
  );
}
