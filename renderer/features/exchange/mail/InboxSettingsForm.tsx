import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imapSettingsSchema } from '../../../../shared/exchange/mail-contract';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { errorText } from '../../../ui/store-error-text';

type Form = {
  host: string;
  port: string;
  security: 'tls' | 'starttls' | 'none';
  user: string;
  mailbox: string;
  processedFolder: string;
};
/** TLS on 993 unless changed: the safe choice is the one already filled in. */
const EMPTY: Form = {
  host: '',
  port: '993',
  security: 'tls',
  user: '',
  mailbox: 'INBOX',
  processedFolder: 'Bình An/Đã nhập',
};
type Field = Exclude<keyof Form, 'security'>;

/** The IMAP mailbox bundles arrive in; the password goes once to main's SecretStore and never comes back. */
export function InboxSettingsForm() {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [password, setPassword] = useState('');
  const [passwordSet, setPasswordSet] = useState(false);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const saved = useHostQuery(['mail'], () => host.mail.getInbox(), []);
  useEffect(() => {
    const s = saved.data;
    if (s === undefined || s === null) return;
    setForm({
      host: s.host,
      port: String(s.port),
      security: s.security,
      user: s.user,
      mailbox: s.mailbox,
      processedFolder: s.processedFolder ?? '',
    });
    setPasswordSet(s.passwordSet);
  }, [saved.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = imapSettingsSchema.safeParse({
      host: form.host.trim(),
      port: Number(form.port),
      security: form.security,
      user: form.user.trim(),
      mailbox: form.mailbox.trim(),
      processedFolder: form.processedFolder.trim() === '' ? null : form.processedFolder.trim(),
    });
    if (!parsed.success) {
      const fields = [
        ...new Set(parsed.error.issues.map((i) => t(`mailbox.settings.${String(i.path[0]) as Field}`))),
      ];
      return setMessage({
        severity: 'error',
        text: t('mailbox.settings.invalid', { fields: fields.join(', ') }),
      });
    }
    const r = await host.mail.saveInbox({ settings: parsed.data, ...(password === '' ? {} : { password }) });
    if (!r.ok) return setMessage({ severity: 'error', text: errorText(t, r.error) });
    setPassword('');
    setPasswordSet(r.value.passwordSet);
    setMessage({ severity: 'success', text: t('mailbox.settings.saved') });
  };

  const field = (name: Field, extra: object = {}) => (
    <TextField
      label={t(`mailbox.settings.${name}`)}
      value={form[name]}
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      {...extra}
    />
  );
  return (
    <Paper
      variant="outlined"
      sx={{ p: 3 }}
      component="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="imap-settings-heading"
    >
      <Typography variant="h2" sx={{ mb: 1 }} id="imap-settings-heading">
        {t('mailbox.settings.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('mailbox.settings.explain')}
      </Typography>
      {saved.error !== null && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {errorText(t, saved.error)}
        </Alert>
      )}
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        {field('host')}
        <Stack direction="row" spacing={2}>
          {field('port', { slotProps: { htmlInput: { inputMode: 'numeric' } }, sx: { width: 120 } })}
          <TextField
            select
            label={t('mailbox.settings.security')}
            value={form.security}
            onChange={(e) => setForm({ ...form, security: e.target.value as Form['security'] })}
            sx={{ flex: 1 }}
          >
            <MenuItem value="tls">{t('mailbox.settings.securityTls')}</MenuItem>
            <MenuItem value="starttls">{t('mailbox.settings.securityStarttls')}</MenuItem>
            <MenuItem value="none">{t('mailbox.settings.securityNone')}</MenuItem>
          </TextField>
        </Stack>
        {field('user')}
        <TextField
          type="password"
          label={t('mailbox.settings.password')}
          helperText={passwordSet ? t('mailbox.settings.passwordSet') : t('mailbox.settings.passwordNone')}
          value={password}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.target.value)}
        />
        {field('mailbox')}
        {field('processedFolder')}
        <div>
          <Button type="submit" variant="contained">
            {t('mailbox.settings.save')}
          </Button>
        </div>
        {message !== null && (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
