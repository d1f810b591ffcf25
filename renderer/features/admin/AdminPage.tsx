import { Box, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { RequirePermission } from '../../ui/RequirePermission';
import { BackupPanel } from '../backup/BackupPanel';
import { UpdatePanel } from '../updates/UpdatePanel';
import { AppInfoCard } from './AppInfoCard';
import { AuditPanel } from './audit/AuditPanel';
import { DemoDataPanel } from './demo/DemoDataPanel';
import { StoreHealthPanel } from './health/StoreHealthPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { UsersPanel } from './users/UsersPanel';

const SECTIONS = ['users', 'audit', 'health', 'backup', 'demo', 'settings', 'about'] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (value: string | undefined): value is Section =>
  value !== undefined && (SECTIONS as readonly string[]).includes(value);

/** Administration: one tab per section, each its own address under #/admin/… (bookmarkable). */
export function AdminPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const segment = location.pathname.split('/')[2];
  const current: Section | false = segment === undefined ? 'users' : isSection(segment) ? segment : false;
  return (
    <RequirePermission permission="users.manage">
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('admin.tabs.label')} variant="scrollable" scrollButtons="auto">
          {SECTIONS.map((section) => (
            <Tab
              key={section}
              value={section}
              label={t(`admin.tabs.${section}`)}
              component={Link}
              to={`/admin/${section}`}
            />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to="users" replace />} />
        <Route path="users" element={<UsersPanel />} />
        <Route path="audit" element={<AuditPanel />} />
        <Route path="health" element={<StoreHealthPanel />} />
        <Route path="backup" element={<BackupPanel />} />
        <Route path="demo" element={<DemoDataPanel />} />
        <Route path="settings" element={<SettingsPanel />} />
        <Route
          path="about"
          element={
            <>
              <AppInfoCard />
              <UpdatePanel />
            </>
          }
        />
        {/* Not a redirect: a relative redirect from a splat route grows the address without end. */}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequirePermission>
  );
}
