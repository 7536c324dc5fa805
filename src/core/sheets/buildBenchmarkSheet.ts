/** The Benchmark sheet: design section 6 per taakveld and year, Berenschot style. */
import type { ToetsRun } from '../analyse';
import type { BlockSpec, SheetSpec } from '../sheetSpec';
import type { BenchmarkResultaat, CellValue } from '../types';
import { buildDeltaScale } from './conditionalRules';
import { buildSheetFrame, FIRST_HEADER_ROW } from './buildSheetFrame';
import { NUMBER_FORMATS } from './numberFormats';
import { buildLegeRij, toCell, toFractieCell } from './toCell';

const F = NUMBER_FORMATS;
const KOLOMMEN: readonly { kop: string; format: string | null; waarde: (b: BenchmarkResultaat) => CellValue }[] = [
  { kop: 'Taakveld', format: null, waarde: (b) => b.taakveld },
  { kop: 'Jaar', format: F.jaar, waarde: (b) => b.jaar },
  { kop: 'FTE', format: F.fte, waarde: (b) => toCell(b.fte) },
  { kop: 'Aandeel %', format: F.procent, waarde: (b) => toFractieCell(b.aandeelPct) },
  { kop: 'Referentie FTE', format: F.fte, waarde: (b) => toCell(b.referentieFte) },
  { kop: 'Referentie aandeel %', format: F.procent, waarde: (b) => toFractieCell(b.referentieAandeelPct) },
  { kop: 'Afwijking FTE', format: F.score, waarde: (b) => toCell(b.afwijkingFte) },
  { kop: 'Afwijking FTE %', format: F.verschilProcent, waarde: (b) => toFractieCell(b.afwijkingFtePct) },
  { kop: 'Kosten', format: F.euro, waarde: (b) => toCell(b.kosten) },
  { kop: 'Referentie kosten', format: F.euro, waarde: (b) => toCell(b.referentieKosten) },
  { kop: 'Afwijking kosten', format: F.euro, waarde: (b) => toCell(b.afwijkingKosten) },
  { kop: 'Afwijking kosten %', format: F.verschilProcent, waarde: (b) => toFractieCell(b.afwijkingKostenPct) },
];

/** Afwijking % colour scale from −15 % (green) to +15 % (red), as fractions. */
const AFWIJKING_GRENS = 0.15;

/** Rows sorted by jaar; within a year the order of the input is kept (stable sort). */
export function sortBenchmark(rows: readonly BenchmarkResultaat[]): BenchmarkResultaat[] {
  return rows
    .map((b, i) => ({ b, i }))
    .sort((x, y) => x.b.jaar - y.b.jaar || x.i - y.i)
    .map(({ b }) => b);
}

/** Builds the Benchmark sheet spec (table "tblBenchmark"); only called when there are rows. */
export function buildBenchmarkSheet(run: ToetsRun): SheetSpec {
  const header = KOLOMMEN.map((k) => k.kop);
  const rows = sortBenchmark(run.result.benchmark).map((b) => KOLOMMEN.map((k) => k.waarde(b)));
  const block: BlockSpec = {
    tableName: 'tblBenchmark',
    top: FIRST_HEADER_ROW,
    left: 0,
    header,
    rows: rows.length > 0 ? rows : [buildLegeRij(header.length)],
    columnFormats: KOLOMMEN.map((k) => k.format),
    conditionalFormats: [buildDeltaScale([header.indexOf('Afwijking FTE %'), header.indexOf('Afwijking kosten %')], AFWIJKING_GRENS)],
  };
  return buildSheetFrame({
    key: 'benchmark',
    // Not "Benchmark": that is the usual name of the input sheet, and a user's sheet is never replaced.
    name: 'Benchmarkvergelijking',
    titel: 'Benchmark formatie en kosten t.o.v. referentiegroep',
    tabColor: 'BF8F00',
    analyse: run.analyse,
    blocks: [block],
    notes: [
      {
        row: FIRST_HEADER_ROW - 1,
        column: 0,
        text: 'Afwijking = eigen gemeente min referentiegroep; afwijking % ten opzichte van de referentiegroep (groen = lager).',
        style: 'note',
      },
    ],
  });
}
