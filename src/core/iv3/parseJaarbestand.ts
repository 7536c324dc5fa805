/**
 * The yearly CBS files (`2023_jaarrekening.csv`): `;`-separated, one row per municipality ×
 * taakveld, code and name in one cell, an empty cell for no value, and a `Nederland` total
 * row that is read past and never used. Year and document come from the file name.
 */
import { formatCsvCel, dubbeleRegelIssue, geenGetalIssue, leesBedrag, onbruikbareRegelIssue } from './iv3Issues';
import type { Iv3Bestand, Iv3Document, Iv3Opgave, Iv3Post } from './iv3Types';
import { splitTaakveldCel } from './taakveldCode';
import type { Issue } from '../types';

export interface JaarEnDocument {
  jaar: number;
  document: Iv3Document;
}

interface Kolommen {
  gemeente: number;
  taakveld: number;
  lasten: number;
  personeel: number;
  provincie: number;
  grootte: number;
  inwoners: number;
}

/** Column positions by header name; -1 for an optional column that is not there. */
export function findJaarbestandKolommen(kop: readonly string[]): Kolommen | null {
  const k = kop.map((c) => c.trim().toLowerCase());
  const find = (test: (c: string) => boolean) => k.findIndex(test);
  const kolommen: Kolommen = {
    gemeente: find((c) => c === 'gemeenten' || c === 'gemeente'),
    taakveld: find((c) => c === 'taakveld' || c === 'taakvelden'),
    lasten: find((c) => c === 'lasten'),
    personeel: find((c) => c.startsWith('l1.1')),
    provincie: find((c) => c === 'provincie'),
    grootte: find((c) => c === 'gemeentegrootte'),
    inwoners: find((c) => c === 'inwonertal' || c === 'inwoners'),
  };
  return kolommen.gemeente >= 0 && kolommen.taakveld >= 0 && kolommen.lasten >= 0 ? kolommen : null;
}

/** Year and document from a CBS file name such as "2023_jaarrekening.csv" or "Iv3 begroting 2025.csv". */
export function leesJaarUitNaam(bestandsnaam: string): JaarEnDocument | null {
  const naam = bestandsnaam.toLowerCase();
  const jaar = /(?<!\d)(20\d\d|19\d\d)(?!\d)/.exec(naam);
  const document = /jaarrekening|rekening|realisatie/.test(naam) ? 'Jaarrekening' : /begroting/.test(naam) ? 'Begroting' : null;
  return jaar && document ? { jaar: Number(jaar[1]), document } : null;
}

/** Parses the records (header first) of a yearly file. */
export function parseJaarbestand(records: string[][], bestandsnaam: string, periode: JaarEnDocument, k: Kolommen): Iv3Bestand {
  const issues: Issue[] = [];
  const perGemeente = new Map<string, Iv3Opgave>();
  let totaalRegels = 0;
  const veld = (rec: string[], kolom: number) => (kolom >= 0 ? (rec[kolom] ?? '').trim() : '');
  const bedrag = (rec: string[], r: number, kolom: number): number | null => {
    if (kolom < 0) return null;
    const w = leesBedrag(veld(rec, kolom));
    if (w === undefined) issues.push(geenGetalIssue(bestandsnaam, formatCsvCel(r, kolom), veld(rec, kolom)));
    return w ?? null;
  };

  for (let r = 1; r < records.length; r += 1) {
    const rec = records[r];
    const gemeente = veld(rec, k.gemeente);
    if (gemeente.toLowerCase() === 'nederland') {
      totaalRegels += 1;
      continue;
    }
    if (gemeente === '') {
      issues.push(onbruikbareRegelIssue(bestandsnaam, formatCsvCel(r, k.gemeente), 'er staat geen gemeente in'));
      continue;
    }
    const tv = splitTaakveldCel(veld(rec, k.taakveld));
    if (!tv) {
      issues.push(onbruikbareRegelIssue(bestandsnaam, formatCsvCel(r, k.taakveld),
        `"${veld(rec, k.taakveld)}" begint niet met een BBV-taakveldcode zoals 0.4`));
      continue;
    }
    let opgave = perGemeente.get(gemeente);
    if (!opgave) {
      const inwoners = leesBedrag(veld(rec, k.inwoners));
      opgave = {
        gemeente, gmCode: null, jaar: periode.jaar, document: periode.document,
        inwoners: inwoners !== null && inwoners !== undefined && inwoners > 0 ? inwoners : null,
        provincie: veld(rec, k.provincie) || null,
        grootteklasse: veld(rec, k.grootte) || null,
        posten: [], bestand: bestandsnaam, regel: r + 1,
      };
      perGemeente.set(gemeente, opgave);
    }
    const post: Iv3Post = {
      code: tv.code, naam: tv.naam, lasten: bedrag(rec, r, k.lasten), personeel: bedrag(rec, r, k.personeel),
      cel: formatCsvCel(r, k.lasten),
    };
    opgave.posten.push(post);
  }
  const opgaven = [...perGemeente.values()];
  for (const o of opgaven) o.posten = removeDubbelePosten(o, bestandsnaam, issues);
  return { bestandsnaam, layout: 'jaarbestand', opgaven, taakvelden: [], totaalRegels, issues };
}

/** A code twice for one municipality: neither row is used (never silently sum or pick one). */
function removeDubbelePosten(o: Iv3Opgave, bestandsnaam: string, issues: Issue[]): Iv3Post[] {
  const aantal = new Map<string, number>();
  for (const p of o.posten) aantal.set(p.code, (aantal.get(p.code) ?? 0) + 1);
  const dubbel = new Set([...aantal].filter(([, n]) => n > 1).map(([code]) => code));
  for (const code of dubbel) {
    const cel = o.posten.find((p) => p.code === code)?.cel ?? '';
    issues.push(dubbeleRegelIssue(bestandsnaam, cel, `Taakveld ${code} van ${o.gemeente}`));
  }
  return o.posten.filter((p) => !dubbel.has(p.code));
}
