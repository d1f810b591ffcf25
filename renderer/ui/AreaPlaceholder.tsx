import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

/** An area whose screens arrive in a later release: says so plainly rather than showing a fake screen. */
export function AreaPlaceholder({ title, intro }: { title: string; intro: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <Alert severity="info" icon={<ConstructionOutlined />} sx={{ maxWidth: 720 }}>
        {t('shell.pages.notReady')}
      </Alert>
    </>
  );
}
