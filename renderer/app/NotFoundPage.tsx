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
          {t('pages.backHome')}
        </Button>
      }
    >
      {t('pages.notFound')}
    </Alert>
  );
}
