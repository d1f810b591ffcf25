import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { FolderField } from '../../../ui/FolderField';
import { errorText } from '../../../ui/store-error-text';
import { useUnitName } from '../ui/use-unit-name';

type Outcome = { severity: 'success' | 'error'; text: string } | null;

/**
 * Public keys to a folder, so province IT can check a bundle with `minisign -V` and `age` by hand (the
 * README's promise): this unit's own, and each approved office's (the key its bundles are verified with).
 */
export function ExportPublicKeys({ peers }: { peers: readonly Peer[] }) {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const [dir, setDir] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const approved = peers.filter((p) => p.status === 'approved');
  const run = async (unit?: string) => {
    setOutcome(null);
    try {
      const r = await call(
        host.trust.exportPublic({ path: dir.trim(), ...(unit === undefined ? {} : { unit }) }),
      );
      setOutcome({
        severity: 'success',
        text: t('exchange.keys.exported', { files: r.files.map((f) => f.path).join(', ') }),
      });
    } catch (e) {
      setOutcome({ severity: 'error', text: errorText(t, e) });
    }
  };
  const ready = dir.trim() !== '';
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="export-keys-heading">
      <Typography variant="h2" id="export-keys-heading" sx={{ mb: 1 }}>
        {t('exchange.keys.exportHeading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('exchange.keys.exportExplain')}
      </Typography>
      <FolderField
        purpose="save"
        label={t('exchange.keys.exportFolder')}
        value={dir}
        onChange={(path) => setDir(path)}
      />
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" disabled={!ready} onClick={() => void run()}>
          {t('exchange.keys.exportOwn')}
        </Button>
        {approved.map((p) => (
          <Button key={p.keyId} variant="outlined" disabled={!ready} onClick={() => void run(p.unit)}>
            {t('exchange.keys.exportPeer', { unit: p.unitName ?? unitName(p.unit) })}
          </Button>
        ))}
      </Stack>
      {outcome !== null && (
        <Alert
          severity={outcome.severity}
          role={outcome.severity === 'error' ? 'alert' : 'status'}
          sx={{ mt: 2 }}
        >
          {outcome.text}
        </Alert>
      )}
    </Paper>
  );
}
