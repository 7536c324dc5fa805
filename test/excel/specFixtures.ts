/** Result specs shaped like the core's, for n taakvelden, to drive the adapter tests and the bench. */
import type { SheetSpec } from '../../src/core/sheetSpec';
import type { CellValue } from '../../src/core/types';

const OORDELEN = ['Positief', 'Neutraal', 'Negatief', 'Onvoldoende gegevens'];

function toetsSpec(n: number, shift: number): SheetSpec {
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => {
    const score = ((i * 7 + shift) % 9) / 2 - 2;
    return [`Taakveld ${i + 1}`, i % 3 === 0 ? 'Beleid' : 'Bedrijfsvoering', 'Vervlochten', score, -score, null, 1, 0.5, i % 3 === 0 ? 2 : null, score, OORDELEN[i % 4], 0.8, 0.75];
  });
  return {
    key: 'toets',
    name: 'Toets',
    tabColor: '1F4E79',
    lines: [
      { row: 0, column: 0, text: 'Toets ambtelijke samenwerking', style: 'title' },
      { row: 1, column: 0, text: '=peiljaar 2021 (geen formule)', style: 'subtitle' },
    ],
    blocks: [{
      tableName: 'Toets',
      top: 3,
      left: 0,
      header: ['Taakveld', 'Domein', 'Samenwerkingsvorm', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Totaal', 'Oordeel', 'Dekking', 'Robuustheid'],
      rows,
      columnFormats: [null, null, null, '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.00;-0.00;0', null, '0%', '0%'],
      conditionalFormats: [
        { columns: [3, 4, 5, 6, 7, 8], rule: { type: 'iconSet', iconSet: '5Arrows', thresholds: [-1.5, -0.5, 0.5, 1.5] } },
        { columns: [9], rule: { type: 'colorScale', min: { type: 'number', value: -2, color: 'F8696B' }, mid: { type: 'number', value: 0, color: 'FFEB84' }, max: { type: 'number', value: 2, color: '63BE7B' } } },
        { columns: [10], rule: { type: 'text', operator: 'equals', text: 'Positief', fill: 'C6EFCE', font: '006100' } },
        { columns: [10], rule: { type: 'text', operator: 'beginsWith', text: 'Onvoldoende', fill: 'EDEDED' } },
        { columns: [11], rule: { type: 'dataBar', color: '638EC6', min: 0, max: 1 } },
        { columns: [12], rule: { type: 'cellValue', operator: 'lessThan', value: 0.6, fill: 'FFC7CE' } },
      ],
    }],
    columnWidths: [30, 16, 22, 6, 6, 6, 6, 6, 6, 8, 20, 10, 12],
    freeze: { rows: 4, columns: 1 },
    charts: [{ type: 'columnClustered', title: 'Totaalscore per taakveld', tableName: 'Toets', categoryColumn: 0, seriesColumns: [9], anchor: { row: 3, column: 14 } }],
  };
}

function nulLijnSpec(n: number): SheetSpec {
  const maten = ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur', 'Totale kosten', 'FTE', 'Kosten per FTE', 'Externe inhuur'];
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i += 1) {
    for (const [m, maat] of maten.entries()) {
      const base = 100000 * (i + 1) + m * 1234.5;
      rows.push([`Taakveld ${i + 1}`, maat, base, base * 1.01, base * 0.99, base * 1.05, base * 1.1, 1.7 + m / 3, m === 4 ? 0.5 : null]);
    }
  }
  return {
    key: 'nulLijn',
    name: 'Nul-lijn',
    lines: [{ row: 0, column: 0, text: 'Nul-lijn per taakveld', style: 'title' }],
    blocks: [{
      tableName: 'NulLijn',
      top: 2,
      left: 0,
      header: ['Taakveld', 'Maat', 'Nul-lijn', '2018', '2019', 'B2020', '2021', 'Δ%', 'Δ% gecorrigeerd'],
      rows,
      columnFormats: [null, null, '[$€-413] #,##0', '[$€-413] #,##0', '[$€-413] #,##0', '[$€-413] #,##0', '[$€-413] #,##0', '+0.0;-0.0;0', '+0.0;-0.0;0'],
      conditionalFormats: [{ columns: [7], rule: { type: 'colorScale', min: { type: 'lowest', color: '63BE7B' }, max: { type: 'highest', color: 'F8696B' } } }],
    }],
    columnWidths: [30, 16, 14, 14, 14, 14, 14, 10, 16],
    freeze: { rows: 3, columns: 2 },
    charts: [],
  };
}

function paragraafSpec(n: number): SheetSpec {
  return {
    key: 'paragraaf',
    name: 'Paragraaf',
    lines: [{ row: 0, column: 0, text: 'Samenwerking met andere partijen (concept)', style: 'title' }],
    blocks: [{
      tableName: 'Paragraaf',
      top: 2,
      left: 0,
      header: ['Taakveld', 'Tekst'],
      rows: Array.from({ length: n }, (_, i) => [`Taakveld ${i + 1}`, `- De totale kosten van taakveld ${i + 1} daalden met 3,2% ten opzichte van de nul-lijn (2018–2020). Oordeel: ${OORDELEN[i % 4]}.`]),
      columnFormats: [null, null],
      wrapColumns: [1],
      conditionalFormats: [],
    }],
    columnWidths: [30, 100],
    freeze: { rows: 3, columns: 0 },
    charts: [],
  };
}

function controleSpec(issues: number): SheetSpec {
  return {
    key: 'controle',
    name: 'Controle',
    lines: [{ row: 0, column: 0, text: 'Controle van de invoer', style: 'title' }],
    blocks: [{
      tableName: 'Controle',
      top: 2,
      left: 0,
      header: ['Ernst', 'Blad', 'Cel', 'Code', 'Melding'],
      rows: Array.from({ length: issues }, (_, i) => ['warning', 'Kosten', `B${i + 4}`, 'TEKST_ALS_GETAL', `+${i} staat als tekst; typ een getal.`]),
      columnFormats: [null, null, null, null, null],
      conditionalFormats: [{ columns: [0], rule: { type: 'text', operator: 'contains', text: 'error', fill: 'FFC7CE' } }],
    }],
    columnWidths: [10, 14, 8, 24, 80],
    freeze: { rows: 3, columns: 0 },
    charts: [],
  };
}

/** Toets, Nul-lijn, Paragraaf and Controle for `n` taakvelden; `shift` moves the scores (what-if). */
export function makeSpecs(n: number, shift = 0): SheetSpec[] {
  return [toetsSpec(n, shift), nulLijnSpec(n), paragraafSpec(n), controleSpec(3)];
}
