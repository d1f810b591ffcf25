import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined';
import type { ReactElement } from 'react';

export interface NavItem {
  path: string;
  labelKey: 'nav.overview' | 'nav.cases' | 'nav.programme' | 'nav.exchange' | 'nav.admin';
  icon: ReactElement;
}

/** The app's areas, in the order officers meet them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.overview', icon: <DashboardOutlined /> },
  { path: '/cases', labelKey: 'nav.cases', icon: <FolderSharedOutlined /> },
  { path: '/programme', labelKey: 'nav.programme', icon: <SchoolOutlined /> },
  { path: '/exchange', labelKey: 'nav.exchange', icon: <SyncAltOutlined /> },
  { path: '/admin', labelKey: 'nav.admin', icon: <AdminPanelSettingsOutlined /> },
];
