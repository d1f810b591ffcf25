// Bundled fonts (no network): Latin plus the Vietnamese subset, whose glyphs carry the stacked diacritics.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-500.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-500.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type OpenedStore } from './app/App';
import { openStore } from './db';
import { host } from './host/host';
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
await initI18n();
// The store is opened once, before the first render: every screen after this can rely on it.
// Main keeps the audit chain's head outside IndexedDB, so a truncated or rolled-back log is detected.
const auditHead = {
  read: async () => {
    const result = await host.audit.head();
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  },
  advance: async (head: { seq: number; hash: string }) => {
    await host.audit.advance(head);
  },
};
const opened: OpenedStore = await openStore({ auditHead }).then(
  (store) => ({ ok: true, store }),
  (error: unknown) => ({ ok: false, error }),
);
createRoot(root).render(
  <StrictMode>
    <App opened={opened} />
  </StrictMode>,
);
