import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import { Alert, AlertTitle, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenResult } from '../../../../shared/exchange/bundles-contract';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { useStore } from '../../../db';
import { host } from '../../../host/host';
import { ApproveKeyDialog } from '../keys/ApproveKeyDialog';
import { ReceiptButton } from '../province/ReceiptButton';
import { formatRanges } from '../ui/format';
import { call, errorText } from '../ui/host-call';
import { useUnitName } from '../ui/use-unit-name';
import { kindOf } from './bundle-kind';
import { OpenedSummary } from './OpenedSummary';
import { type PickedBundle, SourcePicker } from './SourcePicker';

type Opened = Extract<OpenResult, { ok: true }>;
type Stage =
  | { at: 'idle' }
  | { at: 'working'; text: string }
  | { at: 'opened'; opened: Opened }
  | { at: 'approve'; peer: Peer; picked: PickedBundle; kind: 'enrollment' | 'config' }
  | { at: 'done'; text: string; receiptFor: string | null; warning?: string }
  | { at: 'rejected'; message: string; detail: string };

/**
 * Receiving any bundle: data at the province (verify → show → apply in one transaction → commit), a
 * receipt at an office, or a key bundle (enrollment at the province, config at an office) that needs
 * its fingerprint confirmed by phone first. Every refusal shows main's Vietnamese reason.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const store = useStore();
  const unitName = useUnitName();
  const [stage, setStage] = useState<Stage>({ at: 'idle' });

  const refused = (r: { message: string; detail: string }) => setStage({ at: 'rejected', ...r });

  const openKeyBundle = async (picked: PickedBundle, kind: 'enrollment' | 'config', peer: Peer) => {
    setStage({ at: 'working', text: t('exchange.import.opening') });
    const opened = await call(host.bundles.open({ source: picked.source, kinds: [kind] }));
    if (!opened.ok) return refused(opened.rejection);
    // Key bundles carry nothing for the store yet: committing records the sender's chain start.
    await call(host.bundles.commit({ manifestSha256: opened.manifestSha256 }));
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
      const kind = kindOf(picked.source, picked.bytes, picked.fileName);
      setStage({ at: 'working', text: t('exchange.import.opening') });
      if (kind === 'enrollment' || kind === 'config') {
        const r = await call(host.trust.importKeys({ source: picked.source }));
        if (!r.ok) return refused(r.rejection);
        if (r.peer.status === 'approved') return await openKeyBundle(picked, kind, r.peer);
        if (r.peer.status !== 'pending') {
          return setStage({
            at: 'done',
            text: t('exchange.keys.knownKey', { status: t(`exchange.keys.peerStatus.${r.peer.status}`) }),
            receiptFor: null,
          });
        }
        return setStage({ at: 'approve', peer: r.peer, picked, kind });
      }
      if (kind === 'receipt') {
        const r = await call(host.bundles.importReceipt({ source: picked.source }));
        if (!r.ok) return refused(r.rejection);
        return setStage({
          at: 'done',
          text: t('exchange.import.receiptImported', {
            sequence: r.sequence,
            unit: unitName(r.fromUnit),
            delivered: r.delivered.length,
          }),
          receiptFor: null,
          ...(r.missing.length > 0
            ? { warning: t('exchange.import.receiptMissing', { ranges: formatRanges(r.missing) }) }
            : {}),
        });
      }
      const opened = await call(host.bundles.open({ source: picked.source, kinds: ['data'] }));
      if (!opened.ok) return refused(opened.rejection);
      setStage({ at: 'opened', opened });
    } catch (e) {
      setStage({ at: 'rejected', message: errorText(e), detail: '' });
    }
  };

  const apply = async (opened: Opened) => {
    setStage({ at: 'working', text: t('exchange.import.applying') });
    try {
      const result = await store.exchange.applyDataBundle({
        senderUnit: opened.manifest.senderUnit,
        sequence: opened.manifest.sequence,
        manifestSha256: opened.manifestSha256,
        createdAt: opened.manifest.createdAt,
        records: opened.records,
      });
      await call(host.bundles.commit({ manifestSha256: opened.manifestSha256 }));
      const applied = Object.values(result.applied).reduce((a, b) => a + b, 0);
      setStage({
        at: 'done',
        text: result.alreadyImported
          ? t('exchange.import.alreadyImported')
          : t('exchange.import.imported', {
              sequence: opened.manifest.sequence,
              unit: unitName(opened.manifest.senderUnit),
              applied,
              unchanged: result.unchanged,
            }),
        receiptFor: opened.manifest.senderUnit,
      });
    } catch (e) {
      setStage({
        at: 'rejected',
        message: t('exchange.import.applyFailed', { message: errorText(e) }),
        detail: '',
      });
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
          void openKeyBundle(stage.picked, stage.kind, approved).catch((e: unknown) =>
            setStage({ at: 'rejected', message: errorText(e), detail: '' }),
          );
        }}
      />
    </Stack>
  );
}
