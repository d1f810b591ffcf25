import { Alert, Button, Stack } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentRef } from '../../../../shared/exchange/common';
import { call } from '../../../host/call';
import { host } from '../../../host/host';
import { FormDialog } from '../../../ui/FormDialog';
import { errorText } from '../../../ui/store-error-text';
import { DestinationPicker } from '../ui/DestinationPicker';
import { useUnitName } from '../ui/use-unit-name';

/**
 * The province's answer to an office: a signed receipt of every sequence received so far, and gaps.
 * Where it goes is chosen in a dialog, so the button can sit in a table cell without stretching it.
 */
export function ReceiptButton({ officeUnit }: { officeUnit: string }) {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const [ref, setRef] = useState<SentRef | null>(null);
  const headingId = useId();
  const [failure, setFailure] = useState<unknown>(null);
  const create = async () => {
    setFailure(null);
    try {
      const sent = await call(host.bundles.createReceipt({ officeUnit }));
      setRef({ recipientUnit: officeUnit, sequence: sent.sequence });
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant="outlined" size="small" onClick={() => void create()}>
        {t('exchange.import.answerReceipt', { unit: unitName(officeUnit) })}
      </Button>
      {failure !== null && (
        <Alert severity="error" role="alert">
          {errorText(t, failure)}
        </Alert>
      )}
      <FormDialog
        open={ref !== null}
        onClose={() => setRef(null)}
        labelledBy={headingId}
        closeLabel={t('exchange.sent.close')}
        maxWidth="md"
      >
        {ref !== null && <DestinationPicker bundleRef={ref} kind="receipt" headingId={headingId} />}
      </FormDialog>
    </Stack>
  );
}
