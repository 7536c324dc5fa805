/**
 * Reads one cell as a number the way a Dutch finance sheet writes it.
 *
 * Ambiguity rule for text: a comma is the decimal separator ("1,5" = 1,5; "1,234" = 1,234),
 * a dot is a thousands separator when every group after it has exactly three digits and the
 * first group does not start with 0 ("1.234" = 1234, "1.234.567"), otherwise a decimal point
 * ("1.5", "12.25", "0.400"). When both occur, the last one is the decimal separator
 * ("1.234,56" and "1,234.56" both give 1234,56).
 */
import type { CellValue } from '../types';

export type GetalUitkomst =
  | { kind: 'getal'; value: number }
  | { kind: 'leeg' }
  | { kind: 'nihil' }
  | { kind: 'fout'; text: string }
  | { kind: 'tekst'; text: string };

const LEEG = new Set(['n.v.t.', 'n.v.t', 'nvt', 'n.b.', 'n.b', 'nb', 'n.a.']);
const FOUTEN = new Set([
  '#N/A', '#NB', '#DEEL/0!', '#DIV/0!', '#WAARDE!', '#VALUE!', '#REF!', '#VERW!', '#NAAM?', '#NAME?',
  '#GETAL!', '#NUM!', '#LEEG!', '#NULL!', '#SPILL!', '#OVERLOOP!', '#CALC!', '#BEREKENEN!', '#GETTING_DATA',
]);
/** Newer or localised error values follow the same shape: '#', capitals, then '!' or '?'. */
const FOUT_VORM = /^#[A-Z][A-Z0-9_/.]*[!?]$/i;
const STREEP = /^[-–—−]$/;

/** Classifies a cell: a number, empty, nihil (a lone dash, = 0), an Excel error value, or other text. */
export function parseGetal(value: CellValue): GetalUitkomst {
  if (value === null || value === undefined) return { kind: 'leeg' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'fout', text: String(value) };
    return { kind: 'getal', value: value === 0 ? 0 : value };
  }
  if (typeof value === 'boolean') return { kind: 'tekst', text: value ? 'WAAR' : 'ONWAAR' };
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '' || LEEG.has(text.toLowerCase())) return { kind: 'leeg' };
  if (FOUTEN.has(text.toUpperCase()) || FOUT_VORM.test(text)) return { kind: 'fout', text };
  const zonderValuta = text.replace(/€|(?<![a-z])eur(?:o)?(?![a-z])/gi, ' ').replace(/\s+/g, ' ').trim();
  if (STREEP.test(zonderValuta) || /^[-–—−][.,][-–—]{1,2}$/.test(zonderValuta)) return { kind: 'nihil' };
  const getal = parseTekstGetal(zonderValuta);
  return getal === null ? { kind: 'tekst', text } : { kind: 'getal', value: getal };
}

/** Sign, brackets, percent sign and the ",-" of whole euros around the digits. */
function parseTekstGetal(text: string): number | null {
  let s = text;
  let negatief = false;
  const haakjes = /^\((.*)\)$/.exec(s);
  if (haakjes) {
    negatief = true;
    s = haakjes[1].trim();
  }
  const teken = /^([-−–+])\s*(.*)$/.exec(s);
  if (teken) {
    if (teken[1] !== '+') negatief = !negatief;
    s = teken[2];
  }
  s = s.replace(/\s*%$/, '').replace(/[.,][-–]{1,2}$/, '');
  const achterMin = /^(.*\d)\s*-$/.exec(s);
  if (achterMin && !teken && !haakjes) {
    // Exports from bookkeeping systems put the minus sign after the amount.
    negatief = true;
    s = achterMin[1];
  }
  const getal = parseCijfers(s);
  if (getal === null) return null;
  const uitkomst = negatief ? -getal : getal;
  return uitkomst === 0 ? 0 : uitkomst;
}

/** Digits with Dutch (or, when unambiguous, English) separators; null for anything else. */
function parseCijfers(s: string): number | null {
  let js: string | null = null;
  if (/^\d+$/.test(s)) js = s;
  else if (/^\d{1,3}( \d{3})+(,\d+)?$/.test(s)) js = s.replace(/ /g, '').replace(',', '.');
  else if (/^\d+([.,]\d+)?e[+-]?\d+$/i.test(s)) js = s.replace(',', '.');
  else if (s.includes('.') && s.includes(',')) {
    if (s.lastIndexOf(',') > s.lastIndexOf('.')) {
      if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) js = s.replace(/\./g, '').replace(',', '.');
    } else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) js = s.replace(/,/g, '');
  } else if (s.includes(',')) {
    if (/^\d*,\d+$/.test(s)) js = s.replace(',', '.');
    else if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) js = s.replace(/,/g, '');
  } else if (s.includes('.')) {
    if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(s)) js = s.replace(/\./g, '');
    else if (/^\d*\.\d+$/.test(s)) js = s;
  }
  if (js === null) return null;
  const n = Number(js);
  return Number.isFinite(n) ? n : null;
}
