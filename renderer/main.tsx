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
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
await initI18n();
// The store is opened once, before the first render: every screen after this can rely on it.
const opened: OpenedStore = await openStore().then(
  (store) => ({ ok: true, store }),
  (error: unknown) => ({ ok: false, error }),
);
createRoot(root).render(
  <StrictMode>
    <App opened={opened} />
  </StrictMode>,
);
