/** The Iv3 import: CBS figures per taakveld in, an input workbook (sheet specs) out. Pure. */
export { parseIv3, type ParseIv3Options } from './parseIv3';
export { zoekGemeente, type GemeenteZoekUitkomst } from './zoekGemeente';
export { bouwIv3Werkboek, type BouwIv3Options, type Iv3Werkboek } from './bouwIv3Werkboek';
export { buildIv3Grids } from './buildIv3Grids';
export { Iv3FormatError, Iv3GemeenteError } from './iv3Errors';
export { BBV_TAAKVELDEN } from './bbvTaakvelden';
export type {
  BbvTaakveld, Iv3Bestand, Iv3Document, Iv3Gemeente, Iv3Layout, Iv3Opgave, Iv3Post, Iv3Referentie,
} from './iv3Types';
