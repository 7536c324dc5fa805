/**
 * The Kosten sheet of an Iv3 workbook, in the long layout the parser reads: Taakveld | Jaar |
 * Soort | Totale kosten, plus the L1.1 salaries and where each figure comes from. Amounts
 * in whole euros (CBS gives thousands), so no unit phrase may appear on this sheet.
 */
import { scaleGetal } from '../parse/eenheid';
import type { CellValue } from '../types';
import { createInputBlock, createTemplateSheet, noteLine, type TemplateSheet } from '../template/templateSheet';
import type { GekozenOpgave } from './kiesOpgaven';
import type { TaakveldNamen } from './taakveldNamen';

export const EURO = '[$€-413] #,##0';

/**
 * L1.1 (salarissen en sociale lasten) is read as Personeel. Iv3 has no Materieel, Afschrijving
 * or Inhuur per taakveld, so the parser reads Totale kosten from its own column.
 */
export const SALARISSEN_KOP = 'Personeel';
export const KOSTEN_KOP = ['Taakveld', 'Jaar', 'Soort', 'Totale kosten', SALARISSEN_KOP, 'Bron'];

/** The Soort the core uses for an Iv3 document. */
export function toSoort(document: GekozenOpgave['opgave']['document']): 'Realisatie' | 'Begroting' {
  return document === 'Jaarrekening' ? 'Realisatie' : 'Begroting';
}

/** x € 1.000 → euros, exactly (decimal shift, not binary multiplication). */
export function toEuro(duizenden: number | null): number | null {
  return duizenden === null ? null : scaleGetal(duizenden, 1000);
}

/** One row per taakveld, year and document that has lasten. */
export function buildKostenRijen(codes: readonly string[], gekozen: readonly GekozenOpgave[], namen: TaakveldNamen): CellValue[][] {
  const rijen: CellValue[][] = [];
  for (const code of codes) {
    for (const g of gekozen) {
      const b = g.bedragen.get(code);
      if (!b || b.lasten === null) continue;
      const o = g.opgave;
      const bron = `CBS Iv3 ${o.document.toLowerCase()} ${o.jaar}: ${g.bestand.bestandsnaam} ${b.cellen.join('+')}`;
      rijen.push([namen.label(code), o.jaar, toSoort(o.document), toEuro(b.lasten), toEuro(b.personeel), bron]);
    }
  }
  return rijen;
}

/** Builds the Kosten sheet for `gemeente` from prepared rows. */
export function buildIv3KostenSheet(gemeente: string, rijen: CellValue[][]): TemplateSheet {
  const lines = [
    { row: 0, column: 0, text: `${gemeente} — lasten per taakveld (CBS Iv3)`, style: 'title' as const },
    noteLine(1, 'Totale kosten = de lasten die de gemeente per taakveld aan CBS rapporteert, in hele euro\'s. ' +
      'Soort Realisatie = jaarrekening, Begroting = begroting. Bron per regel: bestand en cel(len) van CBS.'),
    noteLine(2, 'Iv3 kent per taakveld geen verdeling over materieel, afschrijving en inhuur; de salarissen (L1.1) staan ' +
      'er ter informatie naast. Herkomst en rekenregels: zie het blad Toelichting.'),
  ];
  const formats = [null, '0', null, EURO, EURO, null];
  const block = createInputBlock('Invoer_Kosten', 4, KOSTEN_KOP, rijen, formats);
  return createTemplateSheet('Kosten', 'kosten', lines, block, [44, 8, 12, 16, 18, 60], 1);
}
