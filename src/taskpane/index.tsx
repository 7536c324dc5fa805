/// <reference types="office-js" />
/**
 * Webpack entry of the task pane in Excel: waits for Office.js, picks language and theme from
 * Office, and renders the pane against the Excel adapter. Nothing else here touches Office.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel';
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
  createRoot(container).render(<App host={createExcelHost()} taal={taal} thema={thema} />);
});
