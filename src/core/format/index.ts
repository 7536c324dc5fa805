/** Dutch formatters for text the add-in writes: the budget paragraph, notes and the CLI summary. */
export { formatGetal, formatVerschilGetal, formatScore, formatFte, isToonbaar, GEEN_GEGEVENS, MIN } from './formatGetal';
export { formatEuro } from './formatEuro';
export { formatProcent, formatVerschilProcent, formatFractie } from './formatProcent';
export { formatOpsomming, formatJaren } from './formatOpsomming';
