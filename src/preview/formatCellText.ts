/**
 * Cell text as Excel would show it for the number formats the add-in writes (design section 8:
 * euros, percentages, signed scores, fte, years), in the reader's locale. A small subset of
 * Excel's format language, enough for a faithful read-only preview; anything else is General.
 */
import type { CellValue } from '../core/types';

export type GridLocale = 'nl-NL' | 'en-GB';

/** The section of "pos;neg;zero" that applies to `n`, and whether it carries its own sign. */
function pickSection(format: string, n: number): { section: string; eigenTeken: boolean } {
  const sections = format.split(';');
  if (n < 0 && sections.length > 1) return { section: sections[1], eigenTeken: true };
  if (n === 0 && sections.length > 2) return { section: sections[2], eigenTeken: true };
  return { section: sections[0], eigenTeken: false };
}

function formatGeneral(n: number, locale: GridLocale): string {
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 10, useGrouping: false }).format(n);
}

/** Display text of one cell value under an Excel number format (null or "General" = General). */
export function formatCellText(value: CellValue, numFmt: string | null | undefined, locale: GridLocale = 'nl-NL'): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return locale === 'nl-NL' ? (value ? 'WAAR' : 'ONWAAR') : (value ? 'TRUE' : 'FALSE');
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const format = (numFmt ?? '').trim();
  if (format === '' || /^general$/i.test(format) || format === '@') return formatGeneral(value, locale);
  const { section, eigenTeken } = pickSection(format, value);
  // Locale tags such as [$€-413] stand for their symbol; quoted text is literal.
  const schoon = section.replace(/\[\$([^\]-]*)-[0-9A-Fa-f]+\]/g, '$1').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const patroon = /[#0][#0,.]*/.exec(schoon);
  if (!patroon) return schoon;
  const procent = schoon.includes('%');
  const decimalen = /\.(0+)/.exec(patroon[0])?.[1].length ?? 0;
  const groeperen = patroon[0].includes(',');
  const getal = Math.abs(value) * (procent ? 100 : 1);
  const tekst = new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimalen,
    maximumFractionDigits: decimalen,
    useGrouping: groeperen,
  }).format(getal);
  const voor = schoon.slice(0, patroon.index);
  const na = schoon.slice(patroon.index + patroon[0].length);
  const min = value < 0 && !eigenTeken && Number(tekst.replace(/\D/g, '')) !== 0 ? '-' : '';
  return `${min}${voor}${tekst}${na}`;
}
