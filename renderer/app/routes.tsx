import { Box, CircularProgress } from '@mui/material';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, type RouteObject } from 'react-router';
import { NotFoundPage } from '../ui/NotFoundPage';
import { RequirePermission } from '../ui/RequirePermission';
import { AREAS, type Area } from './areas';
import { KnownSections } from './KnownSections';
import { Shell } from './shell/Shell';

/** While an area's chunk loads (a first visit): the frame stays, the page says it is coming. */
function AreaLoading() {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-label={t('shell.pages.loading')}
      sx={{ display: 'grid', placeItems: 'center', py: 6 }}
    >
      <CircularProgress aria-hidden />
    </Box>
  );
}

/** One area's route: the permission guard first (no chunk is fetched for a session without it), then its page. */
function areaRoute(area: Area): RouteObject {
  const Page = area.element;
  const loaded = (
    <Suspense fallback={<AreaLoading />}>
      <Page />
    </Suspense>
  );
  const guarded = <RequirePermission permission={area.permission}>{loaded}</RequirePermission>;
  // An unknown section is not found whoever asks; a known one is then guarded.
  const element =
    typeof area.subRoutes === 'object' ? (
      <KnownSections sections={area.subRoutes.sections}>{guarded}</KnownSections>
    ) : (
      guarded
    );
  if (area.path === '/') return { index: true, element };
  const segment = area.path.slice(1);
  return { path: area.subRoutes === 'none' ? segment : `${segment}/*`, element };
}

/** Hash routes: the same URLs work under Electron's app:// and the web host, with no server fallback. */
export const createRouter = () =>
  createHashRouter([
    {
      element: <Shell />,
      children: [...AREAS.map(areaRoute), { path: '*', element: <NotFoundPage /> }],
    },
  ]);
