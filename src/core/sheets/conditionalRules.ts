/** The conditional-format rules the result sheets share, with Excel's own colour palette. */
import type { ConditionalFormatSpec } from '../sheetSpec';
import type { Oordeel, Severity } from '../types';

export const KLEUREN = {
  rood: 'F8696B',
  geel: 'FFEB84',
  groen: '63BE7B',
  wit: 'FFFFFF',
  blauw: '5B9BD5',
} as const;

/** Fill and font per verdict, Excel's "Good / Neutral / Bad" cell styles plus grey. */
export const OORDEEL_STIJL: Record<Oordeel, { fill: string; font: string }> = {
  Positief: { fill: 'C6EFCE', font: '006100' },
  Neutraal: { fill: 'FFEB9C', font: '9C5700' },
  Negatief: { fill: 'FFC7CE', font: '9C0006' },
  'Onvoldoende gegevens': { fill: 'EDEDED', font: '595959' },
};

/** Dutch label per severity as the Controle sheet writes it. */
export const ERNST_LABEL: Record<Severity, string> = { error: 'Fout', warning: 'Waarschuwing', info: 'Info' };

const ERNST_STIJL: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E79' },
};

/** Red at −2, yellow at 0, green at +2 on score columns (fixed points, not the data's range). */
export function buildScoreScale(columns: number[]): ConditionalFormatSpec {
  return {
    columns,
    rule: {
      type: 'colorScale',
      min: { type: 'number', value: -2, color: KLEUREN.rood },
      mid: { type: 'number', value: 0, color: KLEUREN.geel },
      max: { type: 'number', value: 2, color: KLEUREN.groen },
    },
  };
}

/**
 * Green below, white at 0, red above, for changes where lower is better. `grens` is a
 * fraction because the cells hold fractions (0.05 = 5 %).
 */
export function buildDeltaScale(columns: number[], grens: number): ConditionalFormatSpec {
  return {
    columns,
    rule: {
      type: 'colorScale',
      min: { type: 'number', value: -grens, color: KLEUREN.groen },
      mid: { type: 'number', value: 0, color: KLEUREN.wit },
      max: { type: 'number', value: grens, color: KLEUREN.rood },
    },
  };
}

/** One text rule per verdict on the Oordeel column. */
export function buildOordeelRules(column: number): ConditionalFormatSpec[] {
  return (Object.keys(OORDEEL_STIJL) as Oordeel[]).map((oordeel) => ({
    columns: [column],
    rule: { type: 'text', operator: 'equals', text: oordeel, ...OORDEEL_STIJL[oordeel] },
  }));
}

/** One text rule per severity on the Ernst column. */
export function buildErnstRules(column: number): ConditionalFormatSpec[] {
  return (Object.keys(ERNST_STIJL) as Severity[]).map((ernst) => ({
    columns: [column],
    rule: { type: 'text', operator: 'equals', text: ERNST_LABEL[ernst], ...ERNST_STIJL[ernst] },
  }));
}
