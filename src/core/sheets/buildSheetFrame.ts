/**
 * What every result sheet shares: title and subtitle lines, the first table header in row 3,
 * frozen headers and the first column, and column widths measured from the content.
 */
import type { Analyse } from '../analyse';
import type { BlockSpec, ChartSpec, Kleur, OwnedSheetKey, SheetSpec, TextLine } from '../sheetSpec';

/** 0-based row of the first table header on every result sheet. */
export const FIRST_HEADER_ROW = 3;

const MIN_BREEDTE = 8;
const MAX_BREEDTE = 48;

/** What buildSheetFrame needs to assemble one result sheet. */
export interface SheetFrameOptions {
  key: OwnedSheetKey;
  name: string;
  titel: string;
  tabColor: Kleur;
  analyse: Analyse;
  blocks: BlockSpec[];
  /** Lines besides the title and subtitle (notes above or below blocks). */
  notes?: TextLine[];
  charts?: ChartSpec[];
  /** Fixed widths (in characters) for some sheet columns, e.g. wrapped text. */
  vasteBreedtes?: Record<number, number>;
}

/** "Nul-lijn: 2018 (R), 2019 (R), 2020 (B) · peiljaar 2024 · Gemaakt door Samenwerkingstoets; …". */
export function buildSubtitel(analyse: Analyse): string {
  const nulLijn = analyse.nulLijnJaren
    .map((j) => `${j.jaar} (${j.soort === 'Begroting' ? 'B' : 'R'})`)
    .join(', ');
  const peiljaar = analyse.peiljaar === null ? 'geen peiljaar (geen gegevens)' : `peiljaar ${analyse.peiljaar}`;
  return `Nul-lijn: ${nulLijn || 'geen jaren ingesteld'} · ${peiljaar} · Gemaakt door Samenwerkingstoets; bij een nieuwe run wordt dit blad vervangen`;
}

/** Width in characters a cell value needs; numbers get room for separators, sign and unit. */
function measureCell(value: unknown): number {
  if (typeof value === 'number') return Math.max(String(Math.round(Math.abs(value))).length + 6, 10);
  if (typeof value === 'string') return value.length + 2;
  return 0;
}

/** Column widths from headers and cells of all blocks, clamped; fixed widths win. */
export function measureColumnWidths(blocks: BlockSpec[], vasteBreedtes: Record<number, number> = {}): number[] {
  const breedtes: number[] = [];
  const verbreed = (kolom: number, breedte: number): void => {
    while (breedtes.length <= kolom) breedtes.push(MIN_BREEDTE);
    breedtes[kolom] = Math.max(breedtes[kolom], Math.min(breedte, MAX_BREEDTE));
  };
  for (const block of blocks) {
    block.header.forEach((kop, i) => verbreed(block.left + i, kop.length + 4));
    for (const rij of block.rows) rij.forEach((waarde, i) => verbreed(block.left + i, measureCell(waarde)));
  }
  for (const [kolom, breedte] of Object.entries(vasteBreedtes)) {
    verbreed(Number(kolom), 0);
    breedtes[Number(kolom)] = breedte;
  }
  return breedtes;
}

/** Assembles a SheetSpec around its blocks. */
export function buildSheetFrame(options: SheetFrameOptions): SheetSpec {
  const lines: TextLine[] = [
    { row: 0, column: 0, text: options.titel, style: 'title' },
    { row: 1, column: 0, text: buildSubtitel(options.analyse), style: 'subtitle' },
    ...(options.notes ?? []),
  ];
  const eersteKop = options.blocks.length > 0 ? Math.min(...options.blocks.map((b) => b.top)) : FIRST_HEADER_ROW;
  return {
    key: options.key,
    name: options.name,
    tabColor: options.tabColor,
    lines,
    blocks: options.blocks,
    columnWidths: measureColumnWidths(options.blocks, options.vasteBreedtes),
    freeze: { rows: eersteKop + 1, columns: 1 },
    charts: options.charts ?? [],
  };
}
