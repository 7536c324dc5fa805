/**
 * The Benchmark input sheet with the Berenschot benchmark tables of the audit report
 * (seed 003, Bijlage D; /work/shared/data/benchmark-heemstede-*.csv). These are the only
 * real figures of the example workbook.
 */
import type { CellValue } from '../types';
import { createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';

const HEADER = ['Taakveld', 'Jaar', 'Totale formatie', 'FTE', 'Referentie FTE', 'Kosten', 'Referentie kosten'];
const EURO = '[$€-413] #,##0';
const FORMATS = [null, '0', '0.00', '0.00', '0.0000', EURO, EURO];
const WIDTHS = [50, 8, 15, 9, 15, 14, 17];

/** Printed in the report: "De bruto omvang van het ambtelijk apparaat was 165,95 fte". */
export const TOTALE_FORMATIE_2012 = 165.95;
/** Not printed; the middle of the range in which every printed 2017 percentage rounds right. */
export const TOTALE_FORMATIE_2017 = 162.3;

/** Report table 2012: taakgebied, fte, afwijking t.o.v. referentiegroep in %. */
export const BENCHMARK_2012: readonly [string, number, number][] = [
  ['Juridische Zaken incl. secretariaat', 2.95, 5.5],
  ['Personeel & Organisatie incl. secretariaat', 4.98, 9.9],
  ['Communicatie en Kwaliteitszorg', 2.80, -14.4],
  ['Financiën & Control incl. secretariaat', 9.48, -12.5],
  ['Informatisering en Automatisering incl. secretariaat', 8.75, 77.6],
  ['Facilitaire dienst incl. Inkoop', 14.83, -3.9],
];

/** Report table 2017: taakgebied, fte, afwijking fte %, kosten (€), afwijking kosten (€). */
export const BENCHMARK_2017: readonly [string, number, number, number, number][] = [
  ['Juridische Zaken', 3.69, 43, 294556, 78988],
  ['Personeel & Organisatie', 4.93, 4, 369042, -5378],
  ['Inkoop', 0.40, -18, 179540, 109074],
  ['Communicatie', 2.76, -25, 193683, -47555],
  ['Financiën & Control', 9.41, -13, 654903, -106012],
  ['Informatisering en Automatisering', 9.74, -13, 2028168, 47548],
  ['Facilitaire dienst', 5.03, -36, 627522, 12818],
];

/**
 * The reference group's fte behind a printed deviation: fte / (1 + afwijking/100), kept to
 * 4 decimals, which reproduces every printed figure of the report (its rounded reference
 * percentages do not).
 */
export function computeReferentieFte(fte: number, afwijkingPct: number): number {
  return Math.round((fte / (1 + afwijkingPct / 100)) * 10000) / 10000;
}

function benchmarkRows(): CellValue[][] {
  return [
    ...BENCHMARK_2012.map(([taakveld, fte, pct]): CellValue[] =>
      [taakveld, 2012, TOTALE_FORMATIE_2012, fte, computeReferentieFte(fte, pct), null, null]),
    ...BENCHMARK_2017.map(([taakveld, fte, pct, kosten, afwijking]): CellValue[] =>
      [taakveld, 2017, TOTALE_FORMATIE_2017, fte, computeReferentieFte(fte, pct), kosten, kosten - afwijking]),
  ];
}

/** Builds the Benchmark sheet, with the report's tables or empty. */
export function buildBenchmarkSheet(voorbeeld: boolean): TemplateSheet {
  if (!voorbeeld) {
    const lines = [
      { row: 0, column: 0, text: 'Benchmark formatie en kosten', style: 'title' as const },
      noteLine(1,
        'Eén regel per taakveld en benchmarkjaar. Geef Referentie FTE (of Referentie % van de totale formatie) ' +
        'en eventueel Referentie kosten; laat FTE en Kosten leeg om de cijfers van de bladen FTE en Kosten te gebruiken.'),
    ];
    return createTemplateSheet('Benchmark', 'benchmark', lines,
      createInputBlock('Invoer_Benchmark', 3, HEADER, [], FORMATS), WIDTHS);
  }
  const lines = [
    { row: 0, column: 0, text: 'Berenschot-benchmark 2012 en 2017 (rekenkamerrapport, bijlage D)', style: 'title' as const },
    noteLine(1, 'Deze cijfers zijn niet fictief: ze komen uit het rekenkamerrapport (Berenschot 2012 en 2017, bijlage D). ' +
      'Kosten in euro\'s; bij Informatisering en Facilitaire dienst inclusief materiële kosten.'),
    noteLine(2, 'Referentie FTE = FTE / (1 + afwijking % / 100), op 4 decimalen; Referentie kosten = kosten − afwijking kosten. ' +
      'Zo komen alle gedrukte cijfers terug; de gedrukte referentiepercentages zijn daarvoor te grof afgerond.'),
    noteLine(3, 'Totale formatie 2012: 165,95 fte (gedrukt in het rapport). Voor 2017 staat die er niet in: 162,3 fte is het ' +
      'midden van het interval (ca. 162,05–162,64 fte) waarin elk gedrukt percentage van 2017 juist afrondt.'),
  ];
  return createTemplateSheet('Benchmark', 'benchmark', lines,
    createInputBlock('Invoer_Benchmark', 5, HEADER, benchmarkRows(), FORMATS), WIDTHS);
}
