/**
 * `bbv-taakvelden.csv`: BBV codes and names of both schemes, with the renames in its
 * `opmerking` column (`heette t/m 2024 "Begeleide participatie"`).
 */
import { formatCsvCel, onbruikbareRegelIssue } from './iv3Issues';
import type { BbvTaakveld, Iv3Bestand } from './iv3Types';
import { isTaakveldCode } from './taakveldCode';
import type { Issue } from '../types';

/** Column positions of code, naam and opmerking, or null when the header is not this file's. */
export function findBbvKolommen(kop: readonly string[]): { code: number; naam: number; opmerking: number } | null {
  const k = kop.map((c) => c.trim().toLowerCase());
  const code = k.indexOf('code');
  const naam = k.indexOf('naam');
  return code >= 0 && naam >= 0 ? { code, naam, opmerking: k.indexOf('opmerking') } : null;
}

/** Earlier names in a remark such as `heette 2017-2021 "Ruimtelijke ordening"`. */
export function leesOudeNamen(opmerking: string): string[] {
  return [...opmerking.matchAll(/heette[^"]*"([^"]+)"/g)].map((m) => m[1].trim());
}

/** Parses the records (header first) of a bbv-taakvelden file. */
export function parseBbvBestand(
  records: string[][], bestandsnaam: string, k: { code: number; naam: number; opmerking: number },
): Iv3Bestand {
  const issues: Issue[] = [];
  const taakvelden: BbvTaakveld[] = [];
  for (let r = 1; r < records.length; r += 1) {
    const code = (records[r][k.code] ?? '').trim();
    const naam = (records[r][k.naam] ?? '').trim();
    if (!isTaakveldCode(code) || naam === '') {
      issues.push(onbruikbareRegelIssue(bestandsnaam, formatCsvCel(r, k.code), `"${code}" is geen taakveldcode met een naam`));
      continue;
    }
    const opmerking = k.opmerking >= 0 ? records[r][k.opmerking] ?? '' : '';
    taakvelden.push({ code, naam, oudeNamen: leesOudeNamen(opmerking) });
  }
  return { bestandsnaam, layout: 'taakvelden', opgaven: [], taakvelden, totaalRegels: 0, issues };
}
