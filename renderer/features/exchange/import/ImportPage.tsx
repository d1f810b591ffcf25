import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import { Alert, AlertTitle, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { useStore } from '../../../db';
import {
  applyDataBundle,
  importKeys,
  importReceipt,
  type OpenedBundle,
  openDataBundle,
  openKeyBundle,
} from '../../../exchange/import-bundle';
import { host } from '../../../host/host';
import { errorText } from '../../../ui/store-error-text';
import { ApproveKeyDialog } from '../keys/ApproveKeyDialog';
import { ReceiptButton } from '../province/ReceiptButton';
import { formatRanges } from '../ui/format';
import { useUnitName } from '../ui/use-unit-name';
import { kindOf } from './bundle-kind';
import { ImportMany } from './ImportMany';
import { OpenedSummary } from './OpenedSummary';
import { type PickedBundle, SourcePicker } from './SourcePicker';

type Stage =
  | { at: 'idle' }
  | { at: 'working'; text: string }
  | { at: 'opened'; opened: OpenedBundle }
  | { at: 'approve'; peer: Peer; picked: PickedBundle; kind: 'enrollment' | 'config' }
  | { at: 'done'; text: string; receiptFor: string | null; warning?: string }
  /** Nothing to do: the bundle was received before. Information, not a refusal. */
  | { at: 'known'; text: string }
  | { at: 'rejected'; message: string };

/**
 * Receiving any bundle: data at the province (verify → show → apply in one transaction → commit), a
 * receipt at an office, or a key bundle (enrollment at the province, config at an office) that needs
 * its fingerprint confirmed by phone first. The steps are renderer/exchange/import-bundle.ts; this page
 * shows where they stand, and every refusal in the UI's language.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const [stage, setStage] = useState<Stage>({ at: 'idle' });
  const known = () => setStage({ at: 'known', text: t('exchange.import.alreadyImported') });

  const finishKeyBundle = async (picked: PickedBundle, kind: 'enrollment' | 'config', peer: Peer) => {
    setStage({ at: 'working', text: t('exchange.import.opening') });
    if ((await openKeyBundle(host, store, picked.source, kind)) === 'known') return known();
    const name = unitName(peer.unit);
    setStage({
      at: 'done',
      text:
        kind === 'config'
          ? t('exchange.import.configImported', { unit: name })
          : t('exchange.keys.approved', { unit: name }),
      receiptFor: null,
    });
  };

  const handle = async (picked: PickedBundle) => {
    try {
      setStage({ at: 'working', text: t('exchange.import.opening') });
      const kind = await kindOf(host, picked.source);
      if (kind === 'enrollment' || kind === 'config') {
        const peer = await importKeys(host, picked.source);
        if (peer.status === 'approved') return await finishKeyBundle(picked, kind, peer);
        if (peer.status !== 'pending') {
          return setStage({
            at: 'known',
            text: t('exchange.keys.knownKey', { status: t(`exchange.keys.peerStatus.${peer.status}`) }),
          });
        }
        return setStage({ at: 'approve', peer, picked, kind });
      }
      if (kind === 'receipt') {
        const r = await importReceipt(host, picked.source);
        if (r === 'known') return known();
        return setStage({
          at: 'done',
          text: [
            t('exchange.import.receiptImported', {
              sequence: r.sequence,
              unit: unitName(r.fromUnit),
              delivered: r.delivered.length,
            }),
            ...(r.resumedAfter === undefined
              ? []
              : [
                  t('exchange.import.receiptResumed', { sequence: r.resumedAfter, next: r.resumedAfter + 1 }),
                ]),
          ].join(' '),
          receiptFor: null,
          ...(r.missing.length > 0
            ? { warning: t('exchange.import.receiptMissing', { ranges: formatRanges(r.missing) }) }
            : {}),
        });
      }
      const opened = await openDataBundle(host, picked.source);
      if (opened.at === 'known') return known();
      setStage(opened);
    } catch (e) {
      setStage({ at: 'rejected', message: errorText(t, e) });
    }
  };

  const apply = async (opened: OpenedBundle) => {
    setStage({ at: 'working', text: t('exchange.import.applying') });
    try {
      const result = await applyDataBundle(store, host, opened);
      if (result.alreadyImported) return known();
      const applied = Object.values(result.applied).reduce((a, b) => a + b, 0);
      setStage({
        at: 'done',
        text: t('exchange.import.imported', {
          sequence: opened.manifest.sequence,
          unit: unitName(opened.manifest.senderUnit),
          applied,
          unchanged: result.unchanged,
        }),
        receiptFor: opened.manifest.senderUnit,
      });
    } catch (e) {
      setStage({ at: 'rejected', message: t('exchange.import.applyFailed', { message: errorText(t, e) }) });
    }
  };

  const busy = stage.at === 'working';
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 1 }}>
          {t('exchange.import.heading')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('exchange.import.explain')}
        </Typography>
        <SourcePicker onPick={(p) => void handle(p)} disabled={busy} />
      </Paper>
      <ImportMany />
      {stage.at !== 'idle' && (
        <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-live="polite">
          {stage.at === 'working' && (
            <>
              <Typography sx={{ mb: 1 }}>{stage.text}</Typography>
              <LinearProgress aria-label={stage.text} />
            </>
          )}
          {stage.at === 'opened' && (
            <>
              <OpenedSummary opened={stage.opened} unitName={unitName} />
              <Button variant="contained" onClick={() => void apply(stage.opened)}>
                {t('exchange.import.apply')}
              </Button>
            </>
          )}
          {stage.at === 'rejected' && (
            <Alert severity="error" icon={<ErrorOutlined />} role="alert">
              <AlertTitle>{t('exchange.import.rejected')}</AlertTitle>
              {stage.message}
            </Alert>
          )}
          {stage.at === 'known' && (
            <Alert severity="info" role="status">
              {stage.text}
            </Alert>
          )}
          {stage.at === 'done' && (
            <Stack spacing={2}>
              <Alert severity="success" role="status">
                {stage.text}
              </Alert>
              {stage.warning !== undefined && <Alert severity="warning">{stage.warning}</Alert>}
              {stage.receiptFor !== null && <ReceiptButton officeUnit={stage.receiptFor} />}
            </Stack>
          )}
          {stage.at === 'approve' && (
            <Alert severity="info">
              {t('exchange.keys.newKeyImported', { unit: unitName(stage.peer.unit) })}
            </Alert>
          )}
        </Paper>
      )}
      <ApproveKeyDialog
        peer={stage.at === 'approve' ? stage.peer : null}
        unitName={stage.at === 'approve' ? unitName(stage.peer.unit) : ''}
        onClose={(approved) => {
          if (stage.at !== 'approve') return;
          if (approved === null) return setStage({ at: 'idle' });
          void finishKeyBundle(stage.picked, stage.kind, approved).catch((e: unknown) =>
            setStage({ at: 'rejected', message: errorText(t, e) }),
          );
        }}
      />
    </Stack>
  );
}
