import { createHashRouter } from 'react-router';
import { AdminPage } from '../features/admin/AdminPage';
import { CasesPage } from '../features/cases/CasesPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ProgrammePage } from '../features/programme/ProgrammePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './shell/Shell';

/** Hash routes: the same URLs work under Electron's app:// and the web host, with no server fallback. */
export const createRouter = () =>
  createHashRouter([
    {
      element: <Shell />,
      children: [
        { index: true, element: <OverviewPage /> },
        { path: 'reports/*', element: <ReportsPage /> },
        { path: 'cases/*', element: <CasesPage /> },
        { path: 'programme/*', element: <ProgrammePage /> },
        { path: 'exchange/*', element: <ExchangePage /> },
        { path: 'admin/*', element: <AdminPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
