import { Alert, Snackbar } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../ui/store-error-text';

/** Work not tied to a page (a failed background promise) still gets told to the user, not swallowed. */
export function BackgroundErrors() {
  const { t } = useTranslation();
  // The failure itself, translated at render: a store or host code reads in the UI's language.
  const [failure, setFailure] = useState<{ reason: unknown } | null>(null);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => setFailure({ reason: event.reason });
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  return (
    <Snackbar
      open={failure !== null}
      onClose={() => setFailure(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity="error"
        variant="filled"
        onClose={() => setFailure(null)}
        closeText={t('shell.errors.dismiss')}
      >
        {t('shell.errors.background', { message: failure === null ? '' : errorText(t, failure.reason) })}
      </Alert>
    </Snackbar>
  );
}
