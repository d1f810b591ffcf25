import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { AppInfoCard } from './AppInfoCard';

export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.overview.title')} intro={t('pages.overview.intro')} />
      <AppInfoCard />
    </>
  );
}
