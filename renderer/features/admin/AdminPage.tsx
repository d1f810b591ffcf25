import { useTranslation } from 'react-i18next';
import { AreaPlaceholder } from '../../ui/AreaPlaceholder';

export function AdminPage() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('shell.pages.admin.title')} intro={t('shell.pages.admin.intro')} />;
}
