import { TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { FormDialog } from '../../../ui/FormDialog';
import { useForm } from '../../../ui/use-form';

/** "0815 2740 …": digits only, regrouped by four, so a typed code with or without spaces compares. */
export function normaliseFingerprint(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 20) return null;
  return (digits.match(/\d{4}/g) ?? []).join(' ');
}

/** The typed code, as the key's fingerprint is written. */
const typedSchema = z.object({
  code: z.string().transform((text, ctx) => {
    const code = normaliseFingerprint(text);
    if (code !== null) return code;
    ctx.addIssue({ code: 'custom', message: 'exchange.keys.incomplete' });
    return z.NEVER;
  }),
});

/**
 * Approval needs the code read over the phone: the dialog never shows the code it asks for (shown
 * beside the box, it would be copied rather than phoned for). Main compares the typed code with the
 * key's own fingerprint, so a click alone approves nothing, and a mismatch is said without approving.
 */
export function ApproveKeyDialog({
  peer,
  unitName,
  onClose,
}: {
  peer: Peer | null;
  unitName: string;
  onClose: (approved: Peer | null) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ code: '' }, (text) => text, typedSchema);
  const close = (approved: Peer | null) => {
    form.reset({ code: '' });
    onClose(approved);
  };
  const approve = () =>
    form.submit(async ({ code }) => {
      if (peer === null) return;
      if (code !== peer.signingFingerprint) return form.refuse('code', 'exchange.keys.mismatch');
      close(await call(host.trust.approve({ keyId: peer.keyId, signingFingerprint: code })));
    });
  return (
    <FormDialog
      open={peer !== null}
      title={t('exchange.keys.approveTitle', { unit: unitName })}
      onClose={() => close(null)}
      onSubmit={() => void approve()}
      busy={form.busy}
      failure={form.failure}
      problems={form.problems(() => t('exchange.keys.typedFingerprint'))}
      submitLabel={t('exchange.keys.approve')}
      closeLabel={t('exchange.keys.cancel')}
      maxWidth="md"
    >
      <Typography>{t('exchange.keys.approveExplain', { unit: unitName })}</Typography>
      <TextField
        autoFocus
        label={t('exchange.keys.typedFingerprint')}
        {...form.field('code', t('exchange.keys.typedHelp'))}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      />
    </FormDialog>
  );
}
