/// <reference types="office-js" />
/**
 * Webpack entry of the task pane in Excel: waits for Office.js, picks language and theme from
 * Office, and renders the pane against the Excel adapter. Nothing else here touches Office.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost, createWriteMemoryStore } from '../excel';
import { App } from './App';
import { chooseTaal } from './i18n/chooseTaal';
import { chooseThemaNaam } from './theme/chooseTheme';

void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const context = Office.context;
  const taal = chooseTaal(context.displayLanguage);
  document.documentElement.lang = taal;
  const thema = chooseThemaNaam(context.officeTheme as Office.OfficeTheme & { isDarkTheme?: boolean });
  // What the last run wrote, kept per workbook so a reloaded pane re-runs in one sync less.
  const memoryStore = createWriteMemoryStore(() => window.localStorage, context.document?.url);
  createRoot(container).render(<App host={createExcelHost({ memoryStore })} taal={taal} thema={thema} />);
});
