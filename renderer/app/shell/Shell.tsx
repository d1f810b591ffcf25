import {
  AppBar,
  Box,
  Drawer,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Toolbar,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession, useSessionLocked } from '../../db';
import { LockButton } from '../../features/auth/LockButton';
import { UnlockScreen } from '../../features/auth/UnlockScreen';
import { UserMenu } from '../../features/auth/UserMenu';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { AREAS } from '../areas';
import { BackgroundErrors } from '../BackgroundErrors';
import { PageErrorBoundary } from '../PageErrorBoundary';
import { DemoBanner } from './DemoBanner';
import { OfflineBadge } from './OfflineBadge';

const DRAWER_WIDTH = 232;

/** The frame every page lives in: title bar, the areas on the left, the page on the right. */
export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const locked = useSessionLocked();
  const items = AREAS.filter((item) => session?.permissions.has(item.permission) === true);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Box component="img" src="./icon.svg" alt="" sx={{ width: 32, height: 32 }} />
          <Stack sx={{ flexGrow: 1 }}>
            <Typography variant="h6" component="div" sx={{ lineHeight: 1.2 }}>
              {t('shell.app.name')}
            </Typography>
            <Typography variant="caption" sx={{ opacity: 0.85 }}>
              {t('shell.app.tagline')}
            </Typography>
          </Stack>
          <OfflineBadge />
          <LanguageSwitch />
          <LockButton />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label={t('shell.nav.label')}>
          <List>
            {/* Each link in its own list item (a <ul> may hold only <li>); NavLink marks the current one with aria-current. */}
            {items.map((item) => (
              <ListItem key={item.path} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={item.path}
                  end={item.path === '/'}
                  sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
                >
                  <ListItemIcon aria-hidden>{item.icon}</ListItemIcon>
                  <ListItemText primary={t(item.labelKey)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <DemoBanner />
        {/* Locked: the page is unmounted (nothing it showed stays in the DOM); the address is kept. */}
        {locked ? (
          <UnlockScreen />
        ) : (
          <PageErrorBoundary key={location.pathname}>
            <Outlet />
          </PageErrorBoundary>
        )}
      </Box>
      <BackgroundErrors />
    </Box>
  );
}
