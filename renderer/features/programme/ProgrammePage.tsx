import { Box, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { OutreachTab } from './outreach/OutreachTab';
import { PopulationsTab } from './populations/PopulationsTab';
import { SchoolsTab } from './schools/SchoolsTab';
import { EventPage } from './training/EventPage';
import { TrainingTab } from './training/TrainingTab';
import { UnitsTab } from './units/UnitsTab';

const TABS = ['units', 'training', 'populations', 'schools', 'outreach'] as const;

/** Programme area: one tab per register, each its own nested route so a link opens the right tab. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const segment = location.pathname.split('/')[2] ?? 'training';
  const current = (TABS as readonly string[]).includes(segment) ? segment : false;
  return (
    <>
      <PageHeader title={t('programme.title')} intro={t('programme.intro')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('programme.tabs.label')} variant="scrollable">
          {TABS.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              label={t(`programme.tabs.${tab}`)}
              component={Link}
              to={`/programme/${tab}`}
            />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to="training" replace />} />
        <Route path="units" element={<UnitsTab />} />
        <Route path="training" element={<TrainingTab />} />
        <Route path="training/:eventId" element={<EventPage />} />
        <Route path="populations" element={<PopulationsTab />} />
        <Route path="schools" element={<SchoolsTab />} />
        <Route path="outreach" element={<OutreachTab />} />
        {/* Not a redirect: a relative redirect from a splat route grows the address without end. */}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
