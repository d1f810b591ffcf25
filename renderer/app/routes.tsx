import { createHashRouter } from 'react-router';
import { AdminPage } from '../features/admin/AdminPage';
import { CasesPage } from '../features/cases/CasesPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ProgrammePage } from '../features/programme/ProgrammePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { KnownSections } from './KnownSections';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './shell/Shell';

/** Every section of Exchange (an office's and the province's); any other `#/exchange/…` is not found. */
const EXCHANGE_SECTIONS = ['send', 'sent', 'import', 'keys', 'board', 'mail'] as const;

/** Hash routes: the same URLs work under Electron's app:// and the web host, with no server fallback. */
export const createRouter = () =>
  createHashRouter([
    {
      element: <Shell />,
      children: [
        { index: true, element: <OverviewPage /> },
        // The report has no sub-pages: `#/reports/…` falls through to the not-found page below.
        { path: 'reports', element: <ReportsPage /> },
        { path: 'cases/*', element: <CasesPage /> },
        { path: 'programme/*', element: <ProgrammePage /> },
        {
          path: 'exchange/*',
          element: (
            <KnownSections sections={EXCHANGE_SECTIONS}>
              <ExchangePage />
            </KnownSections>
          ),
        },
        { path: 'admin/*', element: <AdminPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
