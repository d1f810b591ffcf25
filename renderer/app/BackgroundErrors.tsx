import { Alert, Snackbar } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Work not tied to a page (a failed background promise) still gets told to the user, not swallowed. */
export function BackgroundErrors() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const reason: unknown = event.reason;
      setMessage(reason instanceof Error ? reason.message : String(reason));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  return (
    <Snackbar
      open={message !== null}
      onClose={() => setMessage(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity="error"
        variant="filled"
        onClose={() => setMessage(null)}
        closeText={t('shell.errors.dismiss')}
      >
        {t('shell.errors.background', { message })}
      </Alert>
    </Snackbar>
  );
}
