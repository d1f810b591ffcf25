import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useSession, useSessionLocked } from '../../db';
import { EditCasePage } from './intake/EditCasePage';
import { NewCasePage } from './intake/NewCasePage';
import { CaseListPage } from './list/CaseListPage';
import { CaseViewPage } from './view/CaseViewPage';

/** Cases: list, intake, a case and its corrections, as nested routes under /cases. */
export function CasesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const locked = useSessionLocked();
  if (session === null || locked) return <Alert severity="info">{t('cases.locked')}</Alert>;
  const canRead = session.can('case.read') || session.can('case.write');
  if (!canRead) return <Alert severity="warning">{t('cases.noAccess')}</Alert>;
  const canWrite = session.can('case.write');
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      {canWrite && <Route path="new" element={<NewCasePage />} />}
      <Route path=":id" element={<CaseViewPage />} />
      {canWrite && <Route path=":id/edit" element={<EditCasePage />} />}
      <Route path="*" element={<Alert severity="warning">{t('cases.notFound')}</Alert>} />
    </Routes>
  );
}
