/**
 * The multi-year series (`lasten-per-taakveld-2017-2026.csv`): `,`-separated, one row per
 * municipality × year × document, a `tv_<code>` column per taakveld (details such as 6.71a
 * already rolled up), lasten x € 1.000, an empty cell where a code did not exist that year.
 */
import { formatCsvCel, dubbeleRegelIssue, geenGetalIssue, leesBedrag, onbruikbareRegelIssue } from './iv3Issues';
import type { Iv3Bestand, Iv3Document, Iv3Opgave, Iv3Post } from './iv3Types';
import type { Issue } from '../types';

interface ReeksKolommen {
  gmCode: number;
  gemeente: number;
  jaar: number;
  document: number;
  inwoners: number;
  taakvelden: { code: string; kolom: number }[];
}

/** Column positions of the series, or null when the header is not the series'. */
export function findReeksKolommen(kop: readonly string[]): ReeksKolommen | null {
  const k = kop.map((c) => c.trim().toLowerCase());
  const kolommen: ReeksKolommen = {
    gmCode: k.indexOf('gm_code'),
    gemeente: k.indexOf('gemeente'),
    jaar: k.indexOf('jaar'),
    document: k.indexOf('document'),
    inwoners: k.indexOf('inwoners'),
    taakvelden: k.flatMap((c, kolom) => (/^tv_\d{1,2}\.\d{1,3}[a-z]?$/.test(c) ? [{ code: c.slice(3), kolom }] : [])),
  };
  const compleet = kolommen.gemeente >= 0 && kolommen.jaar >= 0 && kolommen.document >= 0;
  return compleet && kolommen.taakvelden.length > 0 ? kolommen : null;
}

function leesDocument(tekst: string): Iv3Document | null {
  const t = tekst.trim().toLowerCase();
  if (t === 'begroting') return 'Begroting';
  return t === 'jaarrekening' || t === 'rekening' || t === 'realisatie' ? 'Jaarrekening' : null;
}

/** Parses the records (header first) of the series. */
export function parseReeks(records: string[][], bestandsnaam: string, k: ReeksKolommen): Iv3Bestand {
  const issues: Issue[] = [];
  const opgaven = new Map<string, Iv3Opgave>();
  const dubbel = new Set<string>();
  let totaalRegels = 0;
  for (let r = 1; r < records.length; r += 1) {
    const rec = records[r];
    const veld = (kolom: number) => (kolom >= 0 ? (rec[kolom] ?? '').trim() : '');
    const gemeente = veld(k.gemeente);
    if (gemeente.toLowerCase() === 'nederland') {
      totaalRegels += 1;
      continue;
    }
    const jaar = Number(veld(k.jaar));
    const document = leesDocument(veld(k.document));
    const probleem = gemeente === '' ? 'er staat geen gemeente in'
      : !Number.isInteger(jaar) || jaar < 1990 || jaar > 2100 ? `"${veld(k.jaar)}" is geen jaartal`
        : document === null ? `document "${veld(k.document)}" is geen Begroting of Jaarrekening` : null;
    if (probleem !== null || document === null) {
      issues.push(onbruikbareRegelIssue(bestandsnaam, formatCsvCel(r, 0), probleem ?? ''));
      continue;
    }
    const gmCode = veld(k.gmCode).toUpperCase() || null;
    const sleutel = `${gmCode ?? gemeente.toLowerCase()}|${jaar}|${document}`;
    if (opgaven.has(sleutel)) {
      dubbel.add(sleutel);
      issues.push(dubbeleRegelIssue(bestandsnaam, formatCsvCel(r, 0), `${gemeente} ${document.toLowerCase()} ${jaar}`));
      continue;
    }
    const inwoners = leesBedrag(veld(k.inwoners));
    const posten: Iv3Post[] = k.taakvelden.map(({ code, kolom }) => {
      const w = leesBedrag(veld(kolom));
      if (w === undefined) issues.push(geenGetalIssue(bestandsnaam, formatCsvCel(r, kolom), veld(kolom)));
      return { code, lasten: w ?? null, personeel: null, cel: formatCsvCel(r, kolom) };
    });
    opgaven.set(sleutel, {
      gemeente, gmCode, jaar, document,
      inwoners: inwoners !== null && inwoners !== undefined && inwoners > 0 ? inwoners : null,
      provincie: null, grootteklasse: null, posten, bestand: bestandsnaam, regel: r + 1,
    });
  }
  for (const s of dubbel) opgaven.delete(s);
  return { bestandsnaam, layout: 'reeks', opgaven: [...opgaven.values()], taakvelden: [], totaalRegels, issues };
}
