import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import PublicOutlined from '@mui/icons-material/PublicOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined';
import type { ComponentType, LazyExoticComponent, ReactElement } from 'react';
import type { Permission } from '../../shared/model';
import { lazyNamed } from './lazy-named';

/**
 * What an area's address may continue with: nothing (`#/reports/…` is not found), anything (the area
 * routes it itself), or one level of known sections (any other `#/area/…` is not found before it renders).
 */
export type SubRoutes = 'none' | 'any' | { sections: readonly string[] };

export interface Area {
  /** The area's address: `/` for the Overview, `/<segment>` for the others. */
  path: `/${string}`;
  labelKey:
    | 'shell.nav.overview'
    | 'shell.nav.cases'
    | 'shell.nav.programme'
    | 'shell.nav.exchange'
    | 'shell.nav.admin'
    | 'reports.nav'
    | 'dhis2.nav';
  icon: ReactElement;
  /** Listed in the navigation and rendered only for sessions holding this; the repositories enforce it anyway. */
  permission: Permission;
  /** The area's page, loaded on demand the first time it is opened (its own chunk of the build). */
  element: LazyExoticComponent<ComponentType>;
  subRoutes: SubRoutes;
}

/** Every section of Exchange (an office's and the province's). */
const EXCHANGE_SECTIONS = ['send', 'sent', 'import', 'keys', 'board', 'mail'] as const;

/**
 * The app's areas, in the order officers meet them: one table drives the routes (routes.tsx), the
 * navigation (Shell) and the permission guard in front of each area. Nothing here imports an area's code
 * statically, so the start of the app carries none of it (see `npm run bench -- --only start`).
 */
export const AREAS: readonly Area[] = [
  {
    path: '/',
    labelKey: 'shell.nav.overview',
    icon: <DashboardOutlined />,
    permission: 'dashboard.read',
    element: lazyNamed(
      () => import('../features/overview/OverviewPage'),
      (m) => m.OverviewPage,
    ),
    subRoutes: 'none',
  },
  {
    path: '/reports',
    labelKey: 'reports.nav',
    icon: <AssessmentOutlined />,
    permission: 'dashboard.read',
    element: lazyNamed(
      () => import('../features/reports/ReportsPage'),
      (m) => m.ReportsPage,
    ),
    subRoutes: 'none',
  },
  {
    path: '/dhis2',
    labelKey: 'dhis2.nav',
    icon: <PublicOutlined />,
    permission: 'dashboard.read',
    element: lazyNamed(
      () => import('../features/dhis2/Dhis2Page'),
      (m) => m.Dhis2Page,
    ),
    subRoutes: 'none',
  },
  {
    path: '/cases',
    labelKey: 'shell.nav.cases',
    icon: <FolderSharedOutlined />,
    permission: 'case.read',
    element: lazyNamed(
      () => import('../features/cases/CasesPage'),
      (m) => m.CasesPage,
    ),
    subRoutes: 'any',
  },
  {
    path: '/programme',
    labelKey: 'shell.nav.programme',
    icon: <SchoolOutlined />,
    permission: 'programme.read',
    element: lazyNamed(
      () => import('../features/programme/ProgrammePage'),
      (m) => m.ProgrammePage,
    ),
    subRoutes: 'any',
  },
  {
    path: '/exchange',
    labelKey: 'shell.nav.exchange',
    icon: <SyncAltOutlined />,
    permission: 'exchange.run',
    element: lazyNamed(
      () => import('../features/exchange/ExchangePage'),
      (m) => m.ExchangePage,
    ),
    subRoutes: { sections: EXCHANGE_SECTIONS },
  },
  {
    path: '/admin',
    labelKey: 'shell.nav.admin',
    icon: <AdminPanelSettingsOutlined />,
    permission: 'users.manage',
    element: lazyNamed(
      () => import('../features/admin/AdminPage'),
      (m) => m.AdminPage,
    ),
    subRoutes: 'any',
  },
];
