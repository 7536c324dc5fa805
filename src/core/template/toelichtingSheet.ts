/** The Toelichting sheet: what each input sheet is for, and (in the example) where its figures come from. */
import type { CellValue } from '../types';
import { createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';
import type { TextLine } from '../sheetSpec';

const HEADER = ['Blad', 'Verplicht', 'Waarvoor'];
const WIDTHS = [16, 11, 100];

/** Required by design section 10: the example says plainly which figures are real. */
export const HERKOMST_VOORBEELD =
  'De cijfers in dit voorbeeld zijn fictief, behalve de benchmarkcijfers op het blad Benchmark: die komen uit het ' +
  'rekenkamerrapport (Berenschot 2012 en 2017, bijlage D).';

const BLADEN: readonly [string, string, string][] = [
  ['Kosten', 'ja',
    'Lasten per taakveld per jaar: Personeel, Materieel, Afschrijving en Inhuur. Breed (een kolom per jaar, zoals een ' +
    'financieel overzicht, met "Begroting 2020" of "Jaarrekening 2020" in de kop) of lang (Taakveld, Jaar, Soort en ' +
    'een kolom per kostensoort). Subtotaalregels en lege regels worden overgeslagen. Bedragen in duizenden? ' +
    'Zet dan "bedragen x € 1.000" in een titelregel boven de kop.'],
  ['FTE', 'ja', 'Formatie in fte per taakveld, jaar en soort (Realisatie of Begroting); bezetting mag erbij.'],
  ['Taakvelden', 'nee',
    'Per taakveld het domein (Bedrijfsvoering of Beleid), de samenwerkingsvorm, de BBV-code en andere namen (aliassen) ' +
    'waaronder het in andere bladen voorkomt, zoals de namen uit een benchmark.'],
  ['Indicatoren', 'nee',
    'Metingen per taakveld en jaar: klanttevredenheid (waarstaatjegemeente), MTO-score, stagnerende projecten, ' +
    'eenpitters, taakuitbreiding en, voor beleid, het oordeel over gemeentegrensoverschrijdende opgaven.'],
  ['Benchmark', 'nee', 'Formatie en kosten per taakveld tegenover een referentiegroep, bijvoorbeeld uit een Berenschot-benchmark.'],
  ['Instellingen', 'nee',
    'Gewichten van de criteria, nul-lijnjaren, peiljaar en drempels. Zonder dit blad gelden de standaardwaarden.'],
  ['Uitvoer', '—',
    'De bladen Toets, Nul-lijn, Benchmarkvergelijking, Paragraaf en Controle maakt de Samenwerkingstoets zelf en vervangt ze bij ' +
    'elke run (bestaat een eigen blad met die naam, dan komt er "(2)" achter). Wijzig uw cijfers op de invoerbladen.'],
];

/** Builds the Toelichting sheet; the example adds where its figures come from. */
export function buildToelichtingSheet(voorbeeld: boolean): TemplateSheet {
  const lines: TextLine[] = [
    { row: 0, column: 0, text: voorbeeld ? 'Samenwerkingstoets — voorbeeldwerkmap' : 'Samenwerkingstoets — invoer', style: 'title' },
    noteLine(1, 'Vul de invoerbladen en laat de Samenwerkingstoets de taakvelden toetsen aan de criteria van de raad.'),
  ];
  if (voorbeeld) lines.push(noteLine(2, HERKOMST_VOORBEELD));
  const rows: CellValue[][] = BLADEN.map((r) => [...r]);
  const block = createInputBlock('Invoer_Toelichting', voorbeeld ? 4 : 3, HEADER, rows, [null, null, null], [2]);
  return createTemplateSheet('Toelichting', 'toelichting', lines, block, WIDTHS);
}
