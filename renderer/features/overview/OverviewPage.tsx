import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { BackupReminder } from '../backup/BackupReminder';
import { Dashboard } from './Dashboard';

/** The Overview: the office's dashboard of the plan's indicators. */
export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('shell.pages.overview.title')} intro={t('dashboard.intro')} />
      <BackupReminder />
      <Dashboard />
    </>
  );
}
