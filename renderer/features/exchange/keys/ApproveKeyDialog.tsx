import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { host } from '../../../host/host';
import { errorText } from '../../../ui/store-error-text';

/** "0815 2740 …": digits only, regrouped by four, so a typed code with or without spaces compares. */
export function normaliseFingerprint(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 20) return null;
  return (digits.match(/\d{4}/g) ?? []).join(' ');
}

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
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (peer === null) return;
    const code = normaliseFingerprint(typed);
    if (code === null) return setProblem(t('exchange.keys.incomplete'));
    if (code !== peer.signingFingerprint) return setProblem(t('exchange.keys.mismatch'));
    const r = await host.trust.approve({ keyId: peer.keyId, signingFingerprint: code });
    if (!r.ok) return setProblem(errorText(t, r.error));
    setTyped('');
    setProblem(null);
    onClose(r.value);
  };
  return (
    <Dialog open={peer !== null} onClose={() => onClose(null)} maxWidth="md" fullWidth>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{t('exchange.keys.approveTitle', { unit: unitName })}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }}>{t('exchange.keys.approveExplain', { unit: unitName })}</Typography>
          <TextField
            autoFocus
            fullWidth
            sx={{ mt: 2 }}
            label={t('exchange.keys.typedFingerprint')}
            helperText={problem ?? t('exchange.keys.typedHelp')}
            error={problem !== null}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setProblem(null);
            }}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          />
          {problem !== null && (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>{t('exchange.keys.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('exchange.keys.approve')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
