import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseRefusal } from '../../../shared/update/release-refusal';
import { SCHEMA_VERSION } from '../../db';
import { call } from '../../host/call';
import { host } from '../../host/host';
import { useHostQuery } from '../../host/use-host-query';
import { errorText } from '../../ui/store-error-text';
import { FindRelease } from './FindRelease';
import { PassOn } from './PassOn';
import { ReadyNotice } from './ReadyNotice';
import { refusalText, sizeText, stepErrorText } from './refusal-text';

/**
 * Admin → Thông tin ứng dụng → Cập nhật: find a release (stick, folder, share, or the https feed when
 * asked), see what main verified, prepare it, choose when it installs, pass it on. Every step is a
 * click of the officer's; main refuses what is not signed, not newer, or not intact.
 */
export function UpdatePanel() {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const status = useHostQuery(
    ['updates'],
    () => host.updates.status(),
    [],
    downloading ? { everyMs: 1000 } : {},
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (
    step: () => Promise<{ status: 'ok' } | { status: 'refused'; reason: ReleaseRefusal; detail: string }>,
  ) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const r = await step();
      if (r.status === 'refused') setError(refusalText(t, r));
    } catch (e) {
      setError(stepErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const s = status.data;
  if (status.error !== null) return <Alert severity="error">{errorText(t, status.error)}</Alert>;
  const release = s?.release ?? null;
  return (
    <Card sx={{ maxWidth: 900, mt: 3 }}>
      <CardContent>
        <Stack spacing={2} aria-label={t('updates.title')} component="section">
          <Box>
            <Typography variant="h2" gutterBottom>
              {t('updates.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('updates.intro')}
            </Typography>
          </Box>
          {s !== undefined && (
            <Typography data-testid="update-running">
              {t('updates.running', { version: s.running })}
            </Typography>
          )}
          <FindRelease busy={busy} onUse={(folder) => void run(() => call(host.updates.stage({ folder })))} />
          {s?.networkFeed != null && (
            <Box>
              <Button
                variant="outlined"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    const r = await call(host.updates.checkNetwork());
                    if (r.status === 'ok' && r.release === null) setNote(t('updates.find.networkNone'));
                    return r;
                  })
                }
              >
                {t('updates.find.network')}
              </Button>
            </Box>
          )}
          {note !== null && <Alert severity="info">{note}</Alert>}
          {error !== null && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {s?.lastRefusal != null && error === null && (
            <Alert severity="warning">{refusalText(t, s.lastRefusal)}</Alert>
          )}
          {release !== null && s !== undefined && (
            <Stack spacing={2} data-testid="update-release">
              <Alert severity="success" role="status">
                {t('updates.release.verified', {
                  version: release.version,
                  keyId: release.signedBy.keyId,
                  size: sizeText(release.size),
                })}{' '}
                {release.schema === SCHEMA_VERSION
                  ? t('updates.release.schemaSame')
                  : t('updates.release.schemaChanges', { from: SCHEMA_VERSION, to: release.schema })}
                <br />
                {t('updates.release.from', {
                  from: release.from === 'network' ? t('updates.release.network') : release.from,
                })}
              </Alert>
              {!s.canInstall && <Alert severity="info">{t('updates.cannotInstall')}</Alert>}
              {s.canInstall && s.phase === 'verified' && (
                <Box>
                  <Button
                    variant="contained"
                    disabled={busy}
                    onClick={() => {
                      setDownloading(true);
                      void run(() => call(host.updates.download())).finally(() => setDownloading(false));
                    }}
                  >
                    {t('updates.download', { size: sizeText(release.size) })}
                  </Button>
                </Box>
              )}
              {s.phase === 'downloading' && (
                <Box>
                  <Typography variant="body2">
                    {t('updates.downloading', { percent: Math.round(s.percent ?? 0) })}
                  </Typography>
                  <LinearProgress
                    variant="determinate"
                    value={s.percent ?? 0}
                    aria-label={t('updates.title')}
                  />
                </Box>
              )}
              {s.phase === 'ready' && <ReadyNotice release={release} installOnQuit={s.installOnQuit} />}
              {release.from !== 'network' && <PassOn release={release} />}
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
