import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined';
import type { ReactElement } from 'react';

export interface NavItem {
  path: string;
  labelKey:
    | 'shell.nav.overview'
    | 'shell.nav.cases'
    | 'shell.nav.programme'
    | 'shell.nav.exchange'
    | 'shell.nav.admin';
  icon: ReactElement;
}

/** The app's areas, in the order officers meet them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'shell.nav.overview', icon: <DashboardOutlined /> },
  { path: '/cases', labelKey: 'shell.nav.cases', icon: <FolderSharedOutlined /> },
  { path: '/programme', labelKey: 'shell.nav.programme', icon: <SchoolOutlined /> },
  { path: '/exchange', labelKey: 'shell.nav.exchange', icon: <SyncAltOutlined /> },
  { path: '/admin', labelKey: 'shell.nav.admin', icon: <AdminPanelSettingsOutlined /> },
];
