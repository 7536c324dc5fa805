/**
 * Deterministic, realistically shaped input for the benchmark: taakvelden × years × soorten
 * in the long layout, with the nul-lijn year 2020 as a begroting, some later years only
 * budgeted, a few gaps and error values — the shape of a real municipal export.
 */
import { mulberry32 } from '../src/core/compute/robuustheid';
import type { CellValue, SheetGrid } from '../src/core/types';

export interface GenerateOptions {
  taakvelden: number;
  jaren: number;
  seed: number;
  /** Share of cells left empty or set to an Excel error, 0..1. */
  gaten?: number;
}

export interface GeneratedInput {
  grids: SheetGrid[];
  /** Rows in the Kosten sheet (taakveld × year × soort). */
  kostenRijen: number;
}

const EERSTE_JAAR = 2018;

/** Builds Kosten and FTE sheets (long layout) and a Benchmark sheet. */
export function generateGrids(o: GenerateOptions): GeneratedInput {
  const rnd = mulberry32(o.seed);
  const gaten = o.gaten ?? 0;
  const kosten: CellValue[][] = [['Taakveld', 'Jaar', 'Soort', 'Personeel', 'Materieel', 'Afschrijving', 'Inhuur']];
  const fte: CellValue[][] = [['Taakveld', 'Jaar', 'Soort', 'FTE']];
  const benchmark: CellValue[][] = [['Taakveld', 'Jaar', 'Totale formatie', 'Referentie %', 'Referentie kosten']];
  const waarde = (x: number): CellValue => {
    const r = rnd();
    if (r < gaten / 2) return null;
    if (r < gaten) return '#N/A';
    return Math.round(x);
  };
  for (let t = 0; t < o.taakvelden; t++) {
    const naam = `Taakveld ${String(t + 1).padStart(6, '0')}`;
    const schaal = 50_000 + rnd() * 2_000_000;
    const trend = 0.97 + rnd() * 0.06;
    for (let j = 0; j < o.jaren; j++) {
      const jaar = EERSTE_JAAR + j;
      const groei = trend ** Math.max(0, jaar - 2020);
      const soorten = jaar === 2020 ? ['Begroting', 'Realisatie'] : j === o.jaren - 1 ? ['Begroting'] : ['Realisatie'];
      for (const soort of soorten) {
        const p = schaal * groei * (0.95 + rnd() * 0.1);
        kosten.push([naam, jaar, soort, waarde(p * 0.7), waarde(p * 0.15), waarde(p * 0.05), waarde(p * 0.1)]);
        fte.push([naam, jaar, soort, Math.round((p * 0.7) / 80_000 * 100) / 100]);
      }
    }
    benchmark.push([naam, 2023, 400, Math.round(rnd() * 300) / 100 + 0.5, Math.round(schaal * (0.9 + rnd() * 0.2))]);
  }
  return {
    grids: [
      { name: 'Kosten', values: kosten },
      { name: 'FTE', values: fte },
      { name: 'Benchmark', values: benchmark },
    ],
    kostenRijen: kosten.length - 1,
  };
}
