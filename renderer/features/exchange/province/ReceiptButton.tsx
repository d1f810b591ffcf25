import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentRef } from '../../../../shared/exchange/common';
import { host } from '../../../host/host';
import { DestinationPicker } from '../ui/DestinationPicker';
import { call, errorText } from '../ui/host-call';
import { useUnitName } from '../ui/use-unit-name';

/** The province's answer to an office: a signed receipt of every sequence received so far, and gaps. */
export function ReceiptButton({ officeUnit }: { officeUnit: string }) {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const [ref, setRef] = useState<SentRef | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const create = async () => {
    try {
      const sent = await call(host.bundles.createReceipt({ officeUnit }));
      setRef({ recipientUnit: officeUnit, sequence: sent.sequence });
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  return (
    <Stack spacing={2}>
      {ref === null && (
        <div>
          <Button variant="outlined" onClick={() => void create()}>
            {t('exchange.import.answerReceipt', { unit: unitName(officeUnit) })}
          </Button>
        </div>
      )}
      {failure !== null && <span role="alert">{failure}</span>}
      {ref !== null && <DestinationPicker bundleRef={ref} />}
    </Stack>
  );
}
