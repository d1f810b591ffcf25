import { Alert, Box, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useStore } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { RequirePermission } from '../../ui/RequirePermission';
import { errorText } from '../../ui/store-error-text';
import { ImportPage } from './import/ImportPage';
import { useHostKeysState } from './keys/host-keys-state';
import { KeysPage } from './keys/KeysPage';
import { MailPage } from './mail/MailPage';
import { StatusBoard } from './province/StatusBoard';
import { SendPage } from './send/SendPage';
import { SentList } from './send/SentList';

const OFFICE_SECTIONS = ['send', 'sent', 'import', 'keys', 'mail'] as const;
const PROVINCE_SECTIONS = ['board', 'import', 'keys', 'sent', 'mail'] as const;
type Section = (typeof OFFICE_SECTIONS)[number] | (typeof PROVINCE_SECTIONS)[number];

/** Exchange: an office sends bundles and reads receipts; the province receives, approves keys and answers. */
export function ExchangePage() {
  const { t } = useTranslation();
  const store = useStore();
  const keys = useHostKeysState();
  const location = useLocation();
  const sections: readonly Section[] =
    store.office?.role === 'province' ? PROVINCE_SECTIONS : OFFICE_SECTIONS;
  const first = sections[0] ?? 'import';
  const segment = location.pathname.split('/')[2];
  const current = sections.find((s) => s === segment) ?? first;
  return (
    <RequirePermission permission="exchange.run">
      <PageHeader title={t('exchange.title')} intro={t('exchange.intro')} />
      {keys.state !== 'ready' && (
        <Alert severity={keys.state === 'failed' ? 'error' : 'info'} sx={{ mb: 2 }}>
          {keys.state === 'failed'
            ? t('exchange.keysState.failed', { message: errorText(t, keys.error) })
            : t(`exchange.keysState.${keys.state}`)}
        </Alert>
      )}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('exchange.tabs.label')} variant="scrollable" scrollButtons="auto">
          {sections.map((s) => (
            <Tab key={s} value={s} label={t(`exchange.tabs.${s}`)} component={Link} to={`/exchange/${s}`} />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to={first} replace />} />
        <Route path="send" element={<SendPage />} />
        <Route path="sent" element={<SentList />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="keys" element={<KeysPage />} />
        <Route path="board" element={<StatusBoard />} />
        <Route path="mail" element={<MailPage />} />
        <Route path="*" element={<Navigate to={first} replace />} />
      </Routes>
    </RequirePermission>
  );
}
