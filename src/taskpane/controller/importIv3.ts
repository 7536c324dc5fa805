/**
 * "Iv3-gegevens inlezen": CBS Iv3 CSV files the user picks become input sheets (Kosten,
 * Taakvelden, Benchmark, …) for one municipality, through the pure Iv3 import of the core.
 */
import type { HostActions, WriteReport } from '../../core/hostPort';
import { bouwIv3Werkboek, parseIv3 } from '../../core/iv3';
import type { Issue } from '../../core/types';

export interface Iv3Bestandstekst {
  naam: string;
  tekst: string;
}

export interface Iv3Uitkomst {
  report: WriteReport;
  gemeente: string;
  issues: Issue[];
}

/** Errors of the import whose message is written for the user (the file or the municipality). */
export function isIv3Fout(fout: unknown): fout is Error {
  return fout instanceof Error && (fout.name === 'Iv3FormatError' || fout.name === 'Iv3GemeenteError');
}

/**
 * Reads the files, builds the municipality's input sheets and inserts them (an existing sheet
 * of the same name is left alone, as the template does). Throws the core's Iv3 errors.
 */
export async function importIv3(host: HostActions, bestanden: readonly Iv3Bestandstekst[], gemeente: string): Promise<Iv3Uitkomst> {
  const gelezen = bestanden.map((b) => parseIv3(b.tekst, b.naam));
  const werkboek = bouwIv3Werkboek(gelezen, { gemeente });
  const report = await host.insertSheets(werkboek.sheets);
  return { report, gemeente: werkboek.gemeente.naam, issues: werkboek.issues };
}
