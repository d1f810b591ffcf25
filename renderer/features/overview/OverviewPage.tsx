import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export function OverviewPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('shell.pages.overview.title')} intro={t('shell.pages.overview.intro')} />;
}
