import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Result } from '../../../../shared/host/result';
import type { HostQuery } from '../../../host/use-host-query';
import type { Option } from '../../../ui/SelectField';
import { errorText } from '../../../ui/store-error-text';
import { useForm } from '../../../ui/use-form';

/** The fields every mail server has; `password` is sent once and never read back. */
type Common = 'host' | 'port' | 'security' | 'user' | 'password';
export type Message = { severity: 'success' | 'error'; text: string };

/**
 * One mail server's settings (the SMTP server bundles leave by, the IMAP mailbox they arrive in):
 * host, port, security, login, password, then the fields of its kind (`extra`). Checked against
 * main's own schema as the officer types; saved through main, which keeps the password.
 */
export function ServerSettingsForm<
  E extends string,
  S extends z.ZodType,
  V extends { passwordSet: boolean },
>({
  headingId,
  heading,
  explain,
  label,
  texts,
  securityOptions,
  initial,
  extra,
  saved,
  fromSaved,
  toInput,
  schema,
  save,
  actions,
}: {
  headingId: string;
  heading: string;
  explain?: string;
  /** A field's label. */
  label: (field: Exclude<Common, 'password'> | E) => string;
  texts: { password: string; passwordSet: string; passwordNone: string; save: string; saved: string };
  securityOptions: readonly Option[];
  initial: Record<Common | E, string>;
  extra: readonly E[];
  saved: HostQuery<V | null>;
  fromSaved: (saved: V) => Record<Exclude<Common, 'password'> | E, string>;
  toInput: (text: Record<Common | E, string>) => unknown;
  schema: S;
  save: (settings: z.output<S>, password: string | undefined) => Promise<Result<{ passwordSet: boolean }>>;
  /** Buttons beside Save (the SMTP test message), saying their outcome where Save says its own. */
  actions?: (say: (message: Message) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const [passwordSet, setPasswordSet] = useState(false);
  const form = useForm(initial, toInput, schema);
  const { reset } = form;
  // The caller writes fromSaved inline: the newest one is read, and only new settings reset the form.
  const fromSavedRef = useRef(fromSaved);
  fromSavedRef.current = fromSaved;
  const data = saved.data;
  useEffect(() => {
    if (data === undefined || data === null) return;
    reset({ ...fromSavedRef.current(data), password: '' });
    setPasswordSet(data.passwordSet);
  }, [data, reset]);

  const submit = () =>
    form.submit(
      async (settings, text) => {
        setMessage(null);
        const r = await save(settings, text.password === '' ? undefined : text.password);
        if (!r.ok) return setMessage({ severity: 'error', text: errorText(t, r.error) });
        reset({ ...text, password: '' });
        setPasswordSet(r.value.passwordSet);
        setMessage({ severity: 'success', text: texts.saved });
      },
      (fields) =>
        setMessage({
          severity: 'error',
          text: t('exchange.mail.invalid', {
            fields: fields.flatMap((f) => (f === 'password' ? [] : [label(f)])).join(', '),
          }),
        }),
    );
  const text = (name: Exclude<Common, 'password' | 'security'> | E) => (
    <TextField key={name} label={label(name)} {...form.field(name)} />
  );
  return (
    <Paper
      variant="outlined"
      sx={{ p: 3 }}
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      aria-labelledby={headingId}
    >
      <Typography variant="h2" sx={{ mb: explain === undefined ? 2 : 1 }} id={headingId}>
        {heading}
      </Typography>
      {explain !== undefined && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {explain}
        </Typography>
      )}
      {saved.error !== null && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {errorText(t, saved.error)}
        </Alert>
      )}
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        {text('host')}
        <Stack direction="row" spacing={2}>
          <TextField
            label={label('port')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...form.field('port')}
            sx={{ width: 120 }}
            fullWidth={false}
          />
          <TextField select label={label('security')} {...form.field('security')} sx={{ flex: 1 }}>
            {securityOptions.map((o) => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {text('user')}
        <TextField
          type="password"
          label={texts.password}
          autoComplete="new-password"
          {...form.field('password', passwordSet ? texts.passwordSet : texts.passwordNone)}
        />
        {extra.map(text)}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained">
            {texts.save}
          </Button>
          {actions?.(setMessage)}
        </Stack>
        {message !== null && (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
