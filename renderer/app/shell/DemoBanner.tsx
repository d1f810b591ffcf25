import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useDemoPresent } from '../../ui/use-demo-present';

/** While demo data is in the office, every page says so: nobody mistakes it for real figures. */
export function DemoBanner() {
  const { t } = useTranslation();
  if (!useDemoPresent()) return null;
  return (
    <Alert severity="warning" icon={<ScienceOutlined />} role="status" sx={{ mb: 2, fontWeight: 600 }}>
      {t('auth.demoBanner')}
    </Alert>
  );
}
