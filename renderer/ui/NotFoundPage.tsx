import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Alert
      severity="warning"
      action={
        <Button component={Link} to="/">
          {t('shell.pages.backHome')}
        </Button>
      }
    >
      {t('shell.pages.notFound')}
    </Alert>
  );
}
