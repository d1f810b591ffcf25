import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { Alert, Button, CircularProgress, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditVerification, useStore } from '../../../db';
import { storeErrorText } from '../../../ui/store-error-text';

/** Walks the whole hash chain (store.audit.verify()) and says whether it is intact or where it breaks. */
export function AuditVerify() {
  const { t } = useTranslation();
  const store = useStore();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await store.audit.verify());
    } catch (error) {
      setFailure(storeErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        onClick={() => void run()}
        disabled={busy}
        startIcon={busy ? <CircularProgress size={18} /> : <VerifiedUserOutlined />}
      >
        {t(busy ? 'admin.audit.verifying' : 'admin.audit.verify')}
      </Button>
      {failure !== null && <Alert severity="error">{failure}</Alert>}
      {result !== null &&
        (result.ok ? (
          <Alert severity="success" role="status">
            {t('admin.audit.intact', { count: result.entries })}
          </Alert>
        ) : (
          <Alert severity="error" role="status">
            {t('admin.audit.broken', {
              seq: result.brokenAt,
              count: result.entries,
              reason: t(`admin.audit.reason.${result.reason}`),
            })}
          </Alert>
        ))}
    </Stack>
  );
}
