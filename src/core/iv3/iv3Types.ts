/**
 * The CBS Iv3 figures as the import reads them: per file, one `Iv3Opgave` per municipality,
 * year and document, holding its lasten per taakveld code exactly as the file has them
 * (x € 1.000). Nothing here is rolled up or converted yet.
 */
import type { Issue } from '../types';

/** Which of the known layouts a file has. */
export type Iv3Layout = 'jaarbestand' | 'reeks' | 'taakvelden';

/** Iv3 knows a begroting and a jaarrekening; the core calls the latter Realisatie. */
export type Iv3Document = 'Begroting' | 'Jaarrekening';

/** One taakveld line of one municipality: amounts x € 1.000, null where the cell is empty. */
export interface Iv3Post {
  /** As in the file: "0.4", "6.71a", "6.711". */
  code: string;
  /** As in the file, possibly cut short by CBS ("Openbaar groen en (openlucht) recr.."); absent in the series. */
  naam?: string;
  lasten: number | null;
  /** L1.1 Salarissen en sociale lasten; only the yearly files have it per taakveld. */
  personeel: number | null;
  /** A1 address of the lasten cell in the file as a spreadsheet would show it. */
  cel: string;
}

/** Everything one municipality reported for one year and document in one file. */
export interface Iv3Opgave {
  gemeente: string;
  /** "GM0397"; only the multi-year series has it. */
  gmCode: string | null;
  jaar: number;
  document: Iv3Document;
  inwoners: number | null;
  provincie: string | null;
  /** CBS size class as the file writes it ("20000tot50000inwoners"); null in the series. */
  grootteklasse: string | null;
  posten: Iv3Post[];
  bestand: string;
  /** 1-based line of the municipality's first row in the file. */
  regel: number;
}

/** A BBV taakveld: code, current name and earlier names. */
export interface BbvTaakveld {
  code: string;
  naam: string;
  /** Names the code had in an earlier scheme ("Begeleide participatie" for 6.4). */
  oudeNamen: string[];
}

/** One parsed file. */
export interface Iv3Bestand {
  bestandsnaam: string;
  layout: Iv3Layout;
  opgaven: Iv3Opgave[];
  /** Only for a bbv-taakvelden file. */
  taakvelden: BbvTaakveld[];
  /** Rows of the `Nederland` total, read past and never used as a municipality. */
  totaalRegels: number;
  /** Problems in single rows or cells; the rest of the file is still used. */
  issues: Issue[];
}

/** The reference group of the public benchmark. */
export type Iv3Referentie =
  | { soort: 'grootteklasse' }
  | { soort: 'provincie' }
  | { soort: 'gemeenten'; gemeenten: string[] };

/** A municipality as known across the files. */
export interface Iv3Gemeente {
  /** Identity across files: "GM0397", or "naam:heemstede" when no file gives a code. */
  sleutel: string;
  /** Display name: the most recent spelling in the files. */
  naam: string;
  gmCode: string | null;
  /** Every spelling seen, e.g. "Hengelo" and "Hengelo (O.)". */
  namen: string[];
}
