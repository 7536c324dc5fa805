/**
 * The public benchmark: per taakveld and benchmark year, the municipality's own lasten next
 * to the reference group's mean lasten per inwoner times its own inwoners (Referentie kosten,
 * which the core compares) and the median beside it.
 */
import { scaleGetal } from '../parse/eenheid';
import type { CellValue, Issue } from '../types';
import { createInputBlock, createTemplateSheet, noteLine, type TemplateSheet } from '../template/templateSheet';
import { createIv3Issue } from './iv3Issues';
import type { Iv3Referentie } from './iv3Types';
import { EURO } from './iv3KostenSheet';
import type { GekozenOpgave } from './kiesOpgaven';
import { bepaalReferentiegroep, berekenGroepCijfers, type GroepContext } from './referentiegroep';
import type { TaakveldNamen } from './taakveldNamen';

/** Not "Referentie … kosten" or "lasten" in the extra headers: the parser would read them as its own columns. */
export const BENCHMARK_KOP = [
  'Taakveld', 'Jaar', 'Kosten', 'Referentie kosten', 'Mediaan referentiegroep', 'Eigen € per inwoner',
  'Referentiegroep € per inwoner', 'Inwoners', 'Aantal gemeenten', 'Referentiegroep', 'Document',
];

/**
 * Default benchmark years: the latest year with a jaarrekening, and the latest year of all
 * (a begroting) when that is later. Older years add rows but no insight.
 */
export function kiesBenchmarkJaren(gekozen: readonly GekozenOpgave[]): number[] {
  const jaren = gekozen.map((g) => g.opgave.jaar);
  const rekening = gekozen.filter((g) => g.opgave.document === 'Jaarrekening').map((g) => g.opgave.jaar);
  const laatste = Math.max(...jaren);
  const laatsteRekening = rekening.length > 0 ? Math.max(...rekening) : laatste;
  return laatste > laatsteRekening ? [laatsteRekening, laatste] : [laatste];
}

/** Benchmark rows for `jaren`, with the opgave the core would use (jaarrekening, else begroting). */
export function buildBenchmarkRijen(
  codes: readonly string[], gekozen: readonly GekozenOpgave[], jaren: readonly number[], referentie: Iv3Referentie,
  ctx: GroepContext & { namen: TaakveldNamen },
): { rijen: CellValue[][]; issues: Issue[] } {
  const rijen: CellValue[][] = [];
  const issues: Issue[] = [];
  for (const jaar of jaren) {
    const eigen = gekozen.find((g) => g.opgave.jaar === jaar && g.opgave.document === 'Jaarrekening')
      ?? gekozen.find((g) => g.opgave.jaar === jaar);
    if (!eigen) continue;
    const o = eigen.opgave;
    const groep = bepaalReferentiegroep(o, eigen.bestand, referentie, ctx);
    if ('reden' in groep || o.inwoners === null) {
      const reden = 'reden' in groep ? groep.reden : `het inwonertal van ${o.gemeente} ontbreekt`;
      issues.push(createIv3Issue('warning', 'IV3_GEEN_REFERENTIEGROEP', 'Benchmark', '',
        `Geen benchmark voor ${jaar}: ${reden}. Kies een andere referentiegroep (--referentie grootteklasse, provincie of namen van gemeenten).`));
      continue;
    }
    for (const code of codes) {
      const lasten = eigen.bedragen.get(code)?.lasten ?? null;
      const cijfers = berekenGroepCijfers(groep, code);
      if (lasten === null || cijfers === null) continue;
      const kosten = scaleGetal(lasten, 1000);
      rijen.push([
        ctx.namen.label(code), jaar, kosten, cijfers.gemiddelde * o.inwoners, cijfers.mediaan * o.inwoners,
        kosten / o.inwoners, cijfers.gemiddelde, o.inwoners, cijfers.aantal, groep.omschrijving,
        `${o.document} ${jaar} (${eigen.bestand.bestandsnaam})`,
      ]);
    }
  }
  return { rijen, issues };
}

/** Builds the Benchmark sheet. */
export function buildIv3BenchmarkSheet(gemeente: string, referentieTekst: string, rijen: CellValue[][]): TemplateSheet {
  const lines = [
    { row: 0, column: 0, text: `${gemeente} — lasten per taakveld tegenover de referentiegroep (CBS Iv3)`, style: 'title' as const },
    noteLine(1, `Referentiegroep: ${referentieTekst}, steeds zonder ${gemeente} zelf, uit hetzelfde bestand, jaar en document.`),
    noteLine(2, `Referentie kosten = gemiddelde lasten per inwoner van de referentiegroep × het aantal inwoners van ${gemeente}; ` +
      'de mediaan staat ernaast. Een gemeente zonder bedrag op een taakveld telt niet mee, een gemeente met 0 wel.'),
  ];
  const formats = [null, '0', EURO, EURO, EURO, '#,##0.00', '#,##0.00', '#,##0', '0', null, null];
  const block = createInputBlock('Invoer_Benchmark', 4, BENCHMARK_KOP, rijen, formats);
  return createTemplateSheet('Benchmark', 'benchmark', lines, block, [44, 8, 16, 18, 22, 18, 26, 10, 16, 40, 40], 1);
}
