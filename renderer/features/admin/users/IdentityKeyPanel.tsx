import KeyOutlined from '@mui/icons-material/KeyOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IdentityStatus, type RotationProgress, useStore } from '../../../db';
import { storeErrorText } from '../../../ui/store-error-text';
import {
  EMPTY_UNLOCK,
  IdentityUnlockFields,
  type UnlockDraft,
  unlockMissing,
  unlockOf,
} from './IdentityUnlockFields';

/**
 * Admin → Người dùng: the identity key — which generation seals vaults, how many hold it, and the
 * rotation (after a case worker leaves, or a suspected copy of a profile): every vault and draft is
 * re-sealed under a new key, with progress; an interrupted rotation is resumed by the same action.
 */
export function IdentityKeyPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const [status, setStatus] = useState<IdentityStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const load = useCallback(() => {
    store.identity.status().then(setStatus, (error: unknown) => setFailure(storeErrorText(t, error)));
  }, [store, t]);
  useEffect(load, [load]);

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h6" component="h2">
          {t('admin.identity.title')}
        </Typography>
        {failure !== null && <Alert severity="error">{failure}</Alert>}
        {status !== null && (
          <Typography variant="body2" data-testid="identity-status">
            {t('admin.identity.status', { generation: status.generation, holders: status.holders })}
          </Typography>
        )}
        {status?.rotation != null && (
          <Alert severity="warning">{t('admin.identity.unfinished', { to: status.rotation.to })}</Alert>
        )}
        <div>
          <Button variant="outlined" startIcon={<KeyOutlined />} onClick={() => setOpen(true)}>
            {status?.rotation != null ? t('admin.identity.resume') : t('admin.identity.rotate')}
          </Button>
        </div>
      </Stack>
      <RotateDialog
        open={open}
        onClose={() => {
          setOpen(false);
          load();
        }}
      />
    </Paper>
  );
}

function RotateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [unlock, setUnlock] = useState<UnlockDraft>(EMPTY_UNLOCK);
  const [progress, setProgress] = useState<RotationProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setUnlock(EMPTY_UNLOCK);
    setProgress(null);
    setFailure(null);
    setDone(null);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unlockMissing(unlock)) {
      setFailure(t('store.validation.identityUnlockNeeded'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const report = await store.identity.rotate(unlockOf(unlock), setProgress);
      setDone(t('admin.identity.done', { to: report.to, count: report.resealed }));
    } catch (error) {
      setFailure(storeErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  const percent =
    progress === null || progress.total === 0 ? 0 : Math.round((100 * progress.done) / progress.total);
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle>{t('admin.identity.rotateTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">{t('admin.identity.rotateIntro')}</Typography>
            {done === null && (
              <IdentityUnlockFields
                value={unlock}
                onChange={setUnlock}
                intro={t('admin.identity.rotateUnlock')}
              />
            )}
            {progress !== null && done === null && (
              <Stack spacing={0.5}>
                <LinearProgress
                  variant="determinate"
                  value={percent}
                  aria-label={t('admin.identity.progressLabel')}
                />
                <Typography variant="caption" role="status">
                  {t(
                    progress.table === 'cases'
                      ? 'admin.identity.progressCases'
                      : 'admin.identity.progressDrafts',
                    {
                      done: progress.done.toLocaleString('vi-VN'),
                      total: progress.total.toLocaleString('vi-VN'),
                    },
                  )}
                </Typography>
              </Stack>
            )}
            {failure !== null && (
              <Alert severity="error" role="alert">
                {failure}
              </Alert>
            )}
            {done !== null && (
              <Alert severity="success" role="status">
                {done}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {done === null ? t('auth.cancel') : t('admin.identity.close')}
          </Button>
          {done === null && (
            <Button type="submit" variant="contained" disabled={busy}>
              {t('admin.identity.start')}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
