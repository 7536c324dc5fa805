/**
 * From parsed Iv3 files to the input workbook of one municipality: Toelichting (source),
 * Kosten, FTE (empty: Iv3 has none), Taakvelden and Benchmark, as host-neutral sheet specs
 * that the normal parser reads like any user's workbook.
 */
import type { Issue } from '../types';
import type { TemplateSheet } from '../template/templateSheet';
import { GemeenteRegister } from './gemeenteRegister';
import { createIv3Issue } from './iv3Issues';
import { Iv3GemeenteError } from './iv3Errors';
import type { Iv3Bestand, Iv3Document, Iv3Gemeente, Iv3Referentie } from './iv3Types';
import { buildBenchmarkRijen, buildIv3BenchmarkSheet, kiesBenchmarkJaren } from './iv3Benchmark';
import { buildIv3KostenSheet, buildKostenRijen } from './iv3KostenSheet';
import { buildIv3FteSheet, buildIv3TaakveldenSheet } from './iv3OverigeSheets';
import { buildIv3ToelichtingSheet } from './iv3ToelichtingSheet';
import { kiesOpgaven, type GekozenOpgave } from './kiesOpgaven';
import { compareCodes } from './taakveldCode';
import { TaakveldNamen } from './taakveldNamen';
import { zoekGemeente } from './zoekGemeente';

export interface BouwIv3Options {
  /** Name or GM code as the user typed it. */
  gemeente: string;
  /** Default: the same CBS size class. */
  referentie?: Iv3Referentie;
  /** Benchmark years; default the latest jaarrekening year and the latest year. */
  benchmarkJaren?: number[];
}

export interface Iv3Werkboek {
  /** Toelichting, Kosten, FTE, Taakvelden, Benchmark. */
  sheets: TemplateSheet[];
  issues: Issue[];
  gemeente: Iv3Gemeente;
  /** Years and documents the workbook holds, in order. */
  perioden: { jaar: number; document: Iv3Document; bestand: string }[];
  /** Codes of the taakvelden in the workbook, in BBV order. */
  taakvelden: string[];
}

/**
 * Builds the workbook. Throws `Iv3GemeenteError` (with suggestions) when the municipality or a
 * named reference municipality is not in the files; problems in the data come back as issues.
 */
export function bouwIv3Werkboek(bestanden: readonly Iv3Bestand[], options: BouwIv3Options): Iv3Werkboek {
  const data = bestanden.filter((b) => b.layout !== 'taakvelden');
  const register = new GemeenteRegister(data);
  const gemeente = vindOfWerp(register, options.gemeente);
  const referentie = options.referentie ?? { soort: 'grootteklasse' };
  const genoemdeGemeenten = referentie.soort === 'gemeenten' ? referentie.gemeenten.map((n) => vindOfWerp(register, n)) : [];
  const genoemd = new Set(genoemdeGemeenten.map((g) => g.sleutel));
  const issues: Issue[] = bestanden.flatMap((b) => b.issues);
  if (genoemd.delete(gemeente.sleutel)) {
    issues.push(createIv3Issue('info', 'IV3_EIGEN_GEMEENTE_IN_GROEP', 'Benchmark', '',
      `${gemeente.naam} staat zelf in de referentiegroep; een gemeente wordt nooit met zichzelf vergeleken en telt daarom niet mee.`));
  }
  const keuze = kiesOpgaven(data, register, gemeente.sleutel);
  issues.push(...keuze.issues);
  const namen = new TaakveldNamen(bestanden);
  const { codes, weggelaten } = kiesTaakvelden(keuze.gekozen);
  for (const code of codes.filter((c) => !namen.isBekend(c))) {
    issues.push(createIv3Issue('info', 'IV3_ONBEKENDE_CODE', 'Taakvelden', '',
      `Taakveldcode ${code} staat niet in de BBV-lijst; de naam komt uit het CBS-bestand (${namen.label(code)}). ` +
      'Voeg bbv-taakvelden.csv toe als de naam afgekapt is.'));
  }
  const referentieTekst = beschrijfReferentie(referentie, genoemdeGemeenten.filter((g) => g.sleutel !== gemeente.sleutel));
  const benchmark = buildBenchmarkRijen(codes, keuze.gekozen, options.benchmarkJaren ?? kiesBenchmarkJaren(keuze.gekozen), referentie, {
    register, genoemd, namen, provincieVan: maakProvincieVan(data, register),
  });
  issues.push(...benchmark.issues);
  const sheets = [
    buildIv3ToelichtingSheet({ gemeente: gemeente.naam, gekozen: keuze.gekozen, referentieTekst, weggelaten: weggelaten.map((c) => namen.label(c)), meldingen: issues }),
    buildIv3KostenSheet(gemeente.naam, buildKostenRijen(codes, keuze.gekozen, namen)),
    buildIv3FteSheet(),
    buildIv3TaakveldenSheet(gemeente.naam, codes, namen),
    buildIv3BenchmarkSheet(gemeente.naam, referentieTekst, benchmark.rijen),
  ];
  const perioden = keuze.gekozen.map((g) => ({ jaar: g.opgave.jaar, document: g.opgave.document, bestand: g.bestand.bestandsnaam }));
  return { sheets, issues, gemeente, perioden, taakvelden: codes };
}

function vindOfWerp(register: GemeenteRegister, invoer: string): Iv3Gemeente {
  const uitkomst = zoekGemeente(register, invoer);
  if (!uitkomst.gevonden) throw new Iv3GemeenteError(uitkomst.melding, uitkomst.suggesties);
  return uitkomst.gemeente;
}

/** Taakvelden with lasten other than 0 in at least one year; the rest are left out. */
function kiesTaakvelden(gekozen: readonly GekozenOpgave[]): { codes: string[]; weggelaten: string[] } {
  const alle = new Set<string>();
  const metLasten = new Set<string>();
  for (const g of gekozen) {
    for (const [code, b] of g.bedragen) {
      alle.add(code);
      if (b.lasten !== null && b.lasten !== 0) metLasten.add(code);
    }
  }
  const sorteer = (s: Iterable<string>) => [...s].sort(compareCodes);
  return { codes: sorteer(metLasten), weggelaten: sorteer([...alle].filter((c) => !metLasten.has(c))) };
}

function beschrijfReferentie(referentie: Iv3Referentie, genoemd: readonly Iv3Gemeente[]): string {
  if (referentie.soort === 'provincie') return 'gemeenten in dezelfde provincie';
  if (referentie.soort === 'gemeenten') return `de gemeente(n) ${genoemd.map((g) => g.naam).join(', ')}`;
  return 'gemeenten van dezelfde CBS-grootteklasse (Gemeentegrootte uit het jaarbestand, anders bepaald uit het inwonertal)';
}

/** Province per municipality from the yearly files (latest year wins); the series has none. */
function maakProvincieVan(bestanden: readonly Iv3Bestand[], register: GemeenteRegister): (sleutel: string) => string | null {
  const provincie = new Map<string, { naam: string; jaar: number }>();
  for (const b of bestanden) {
    for (const o of b.opgaven) {
      if (!o.provincie) continue;
      const sleutel = register.sleutelVan(o);
      const bekend = provincie.get(sleutel);
      if (!bekend || o.jaar > bekend.jaar) provincie.set(sleutel, { naam: o.provincie, jaar: o.jaar });
    }
  }
  return (sleutel) => provincie.get(sleutel)?.naam ?? null;
}
