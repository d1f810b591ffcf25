import FolderOutlined from '@mui/icons-material/FolderOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../host/host';
import { useHostQuery } from '../host/use-host-query';
import { errorText } from './store-error-text';

/**
 * Main's folder browser, where there is no OS dialog (the web host): the subfolders of one folder at a
 * time, a way up, and "choose this folder". It starts where the path field points, or at home.
 */
export function FolderBrowser({
  open,
  start,
  onClose,
}: {
  open: boolean;
  start: string | null;
  onClose: (path: string | null) => void;
}) {
  const { t } = useTranslation();
  const [at, setAt] = useState<string | null>(start);
  const listing = useHostQuery(['drives'], () => host.drives.browse({ path: at }), [at], { enabled: open });
  const here = listing.data;
  return (
    <Dialog open={open} onClose={() => onClose(null)} maxWidth="sm" fullWidth>
      <DialogTitle>{t('exchange.folders.title')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1, overflowWrap: 'anywhere' }} data-testid="browse-path">
          {here?.path ?? at ?? '…'}
        </Typography>
        {listing.isLoading && <LinearProgress aria-label={t('exchange.folders.loading')} />}
        {listing.error !== null && (
          <Alert
            severity="error"
            role="alert"
            sx={{ mb: 1 }}
            action={
              at !== null && (
                <Button color="inherit" size="small" onClick={() => setAt(null)}>
                  {t('exchange.folders.home')}
                </Button>
              )
            }
          >
            {errorText(t, listing.error)}
          </Alert>
        )}
        {here !== undefined && (
          <List dense aria-label={t('exchange.folders.list')} sx={{ maxHeight: 360, overflow: 'auto' }}>
            {here.parent !== null && (
              <ListItemButton onClick={() => setAt(here.parent)}>
                <ListItemText primary={t('exchange.folders.up')} />
              </ListItemButton>
            )}
            {here.folders.map((f) => (
              <ListItemButton key={f.path} onClick={() => setAt(f.path)}>
                <ListItemIcon>
                  <FolderOutlined fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={f.name} />
              </ListItemButton>
            ))}
            {here.folders.length === 0 && (
              <Typography color="text.secondary" sx={{ px: 2, py: 1 }}>
                {t('exchange.folders.empty')}
              </Typography>
            )}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(null)}>{t('exchange.folders.cancel')}</Button>
        <Button variant="contained" disabled={here === undefined} onClick={() => onClose(here?.path ?? null)}>
          {t('exchange.folders.choose')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
