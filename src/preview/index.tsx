/**
 * Webpack entry of the browser preview (preview.html): the task pane against an in-memory
 * workbook, without Office. `?lang=en` switches to English, `?theme=dark` (or the browser's
 * dark mode) to the dark theme.
 */
import { createRoot } from 'react-dom/client';
import { chooseTaal } from '../taskpane/i18n/chooseTaal';
import { PreviewApp } from './PreviewApp';

const params = new URLSearchParams(window.location.search);
const taal = chooseTaal(params.get('lang') ?? 'nl');
const donker = params.get('theme') === 'dark'
  || (params.get('theme') !== 'light' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
const container = document.getElementById('root');
if (container) {
  document.documentElement.lang = taal;
  createRoot(container).render(<PreviewApp taal={taal} thema={donker ? 'donker' : 'licht'} />);
}
