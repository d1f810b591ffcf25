import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined';
import type { ReactElement } from 'react';
import type { Permission } from '../../../shared/model';

export interface NavItem {
  path: string;
  labelKey:
    | 'shell.nav.overview'
    | 'shell.nav.cases'
    | 'shell.nav.programme'
    | 'shell.nav.exchange'
    | 'shell.nav.admin'
    | 'reports.nav';
  icon: ReactElement;
  /** The area is listed only for roles holding this; the repositories enforce it anyway. */
  permission: Permission;
}

/** The app's areas, in the order officers meet them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'shell.nav.overview', icon: <DashboardOutlined />, permission: 'dashboard.read' },
  { path: '/reports', labelKey: 'reports.nav', icon: <AssessmentOutlined />, permission: 'dashboard.read' },
  { path: '/cases', labelKey: 'shell.nav.cases', icon: <FolderSharedOutlined />, permission: 'case.read' },
  {
    path: '/programme',
    labelKey: 'shell.nav.programme',
    icon: <SchoolOutlined />,
    permission: 'programme.read',
  },
  {
    path: '/exchange',
    labelKey: 'shell.nav.exchange',
    icon: <SyncAltOutlined />,
    permission: 'exchange.run',
  },
  {
    path: '/admin',
    labelKey: 'shell.nav.admin',
    icon: <AdminPanelSettingsOutlined />,
    permission: 'users.manage',
  },
];
