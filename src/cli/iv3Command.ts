/**
 * `samenwerkingstoets iv3 --gemeente <naam of GM-code> [--referentie grootteklasse|provincie|<gemeente>,…]
 * <bestanden…> -o <werkboek.xlsx> [--overschrijven]`: turns CBS Iv3 CSV files into an input
 * workbook for one municipality and scores it, like `score` would.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import {
  Iv3FormatError, Iv3GemeenteError, bouwIv3Werkboek, parseIv3, type Iv3Referentie, type Iv3Werkboek,
} from '../core/iv3';
import { XlsxReadError, renderInputSheets, saveWorkbook } from '../xlsx';
import { CliInputError, CliUsageError, EXIT_INPUT, EXIT_ISSUES, EXIT_OK } from './cliErrors';
import { PROCESS_OUTPUT, type CliOutput } from './cliOutput';
import { isSamePath, pathExists, readInputFile, writeOutputFile } from './fileIo';
import { formatSummary } from './formatSummary';
import { scoreWorkbook, type ScoredWorkbook } from './scoreWorkbook';

export const IV3_HELP_TEXT = `  samenwerkingstoets iv3 --gemeente <naam of GM-code> [--referentie <groep>] <bestanden…> -o <uit.xlsx>
      Maakt van CBS Iv3-bestanden (jaarbestanden zoals 2023_jaarrekening.csv, de
      meerjarenreeks lasten-per-taakveld-2017-2026.csv, en bbv-taakvelden.csv) een
      werkboek voor één gemeente en toetst het: Kosten per taakveld, een Benchmark
      tegen een referentiegroep en een Toelichting met de bron.
      --referentie grootteklasse   zelfde CBS-grootteklasse (standaard)
      --referentie provincie       zelfde provincie (vraagt een jaarbestand)
      --referentie A,B,C           deze gemeenten
      --overschrijven              een bestaand uitvoerbestand mag worden vervangen
`;

export interface Iv3CommandOptions {
  gemeente: string;
  referentie: Iv3Referentie;
  bestanden: string[];
  output: string;
  overschrijven: boolean;
}

/** Reads the arguments after `iv3`; throws `CliUsageError` on anything missing or unknown. */
export function parseIv3Args(argv: string[]): Iv3CommandOptions {
  const args = argv.flatMap((a) => (/^--[^=]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  const opties: Partial<Iv3CommandOptions> & { bestanden: string[] } = { bestanden: [], overschrijven: false };
  const waarde = (i: number, naam: string): string => {
    const w = args[i + 1];
    if (w === undefined || w.startsWith('-')) throw new CliUsageError(`Na ${naam} hoort een waarde; zie samenwerkingstoets iv3 --help.`);
    return w;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--gemeente' || arg === '-g') opties.gemeente = waarde(i++, arg);
    else if (arg === '--referentie' || arg === '-r') opties.referentie = parseReferentie(waarde(i++, arg));
    else if (arg === '-o' || arg === '--output' || arg === '--uit') opties.output = waarde(i++, arg);
    else if (arg === '--overschrijven') opties.overschrijven = true;
    else if (arg.startsWith('-')) throw new CliUsageError(`Onbekende optie "${arg}" bij iv3; zie samenwerkingstoets iv3 --help.`);
    else opties.bestanden.push(arg);
  }
  const gebruik = 'samenwerkingstoets iv3 --gemeente <naam> <bestanden…> -o <uit.xlsx>';
  if (!opties.gemeente) throw new CliUsageError(`Geef de gemeente op met --gemeente: ${gebruik}.`);
  if (opties.bestanden.length === 0) throw new CliUsageError(`Geef een of meer Iv3-bestanden (CSV) van CBS op: ${gebruik}.`);
  if (!opties.output) throw new CliUsageError(`Geef het uitvoerbestand op met -o: ${gebruik}.`);
  return { referentie: { soort: 'grootteklasse' }, ...opties } as Iv3CommandOptions;
}

function parseReferentie(tekst: string): Iv3Referentie {
  const t = tekst.trim().toLowerCase();
  if (t === 'grootteklasse' || t === 'grootte' || t === 'gemeentegrootte') return { soort: 'grootteklasse' };
  if (t === 'provincie') return { soort: 'provincie' };
  const gemeenten = tekst.split(',').map((g) => g.trim()).filter((g) => g !== '');
  if (gemeenten.length === 0) throw new CliUsageError('Na --referentie hoort grootteklasse, provincie of een lijst gemeenten (A,B,C).');
  return { soort: 'gemeenten', gemeenten };
}

/** CBS writes UTF-8; a CSV saved again by Excel on a Dutch Windows is often Windows-1252. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Parses the files, builds the workbook and scores it; throws the import's and the adapter's errors. */
export async function buildIv3Workbook(
  bestanden: { naam: string; bytes: Uint8Array }[], options: Pick<Iv3CommandOptions, 'gemeente' | 'referentie'>,
  writtenAt?: string,
): Promise<{ werkboek: Iv3Werkboek; scored: ScoredWorkbook }> {
  const parsed = bestanden.map((b) => parseIv3(decodeCsv(b.bytes), b.naam));
  const werkboek = bouwIv3Werkboek(parsed, { gemeente: options.gemeente, referentie: options.referentie });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samenwerkingstoets';
  renderInputSheets(workbook, werkboek.sheets);
  const scored = await scoreWorkbook(await saveWorkbook(workbook), { writtenAt });
  return { werkboek, scored };
}

/** Runs the command with parsed options; returns the exit code (0, or 1 with error issues). */
export async function runIv3(options: Iv3CommandOptions, io: CliOutput, writtenAt?: string): Promise<number> {
  if (options.bestanden.some((b) => isSamePath(b, options.output))) {
    throw new CliUsageError(`"${options.output}" is een van de invoerbestanden; kies een ander uitvoerbestand met -o.`);
  }
  if (!options.overschrijven && (await pathExists(options.output))) {
    throw new CliUsageError(`"${options.output}" bestaat al; kies een andere naam of geef --overschrijven mee.`);
  }
  const bestanden = await Promise.all(options.bestanden.map(async (b) => ({ naam: path.basename(b), bytes: await readInputFile(b) })));
  const { werkboek, scored } = await buildIv3Workbook(bestanden, options, writtenAt);
  await writeOutputFile(options.output, scored.bytes);
  io.out(`${formatIv3Kop(werkboek)}\n${formatSummary(scored.run.result, options.output, scored.report)}`);
  const fouten = [...werkboek.issues, ...scored.run.result.issues].some((i) => i.severity === 'error');
  return fouten ? EXIT_ISSUES : EXIT_OK;
}

/** First lines of the output: whose figures, which years, and the import's warnings. */
export function formatIv3Kop(werkboek: Iv3Werkboek): string {
  const g = werkboek.gemeente;
  const deel = (document: string, een: string, meer: string): string | null => {
    const jaren = werkboek.perioden.filter((p) => p.document === document).map((p) => p.jaar);
    if (jaren.length === 0) return null;
    const [van, tot] = [Math.min(...jaren), Math.max(...jaren)];
    return `${jaren.length} ${jaren.length === 1 ? een : meer} (${van === tot ? van : `${van}–${tot}`})`;
  };
  const delen = [deel('Begroting', 'begroting', 'begrotingen'), deel('Jaarrekening', 'jaarrekening', 'jaarrekeningen')].filter((d) => d);
  const regels = [
    `Iv3-gegevens (CBS) van ${g.naam}${g.gmCode ? ` (${g.gmCode})` : ''}: ${delen.join(' en ')}, ${werkboek.taakvelden.length} taakvelden.`,
  ];
  for (const i of werkboek.issues.filter((x) => x.severity !== 'info')) regels.push(`Let op (${i.code}): ${i.message}`);
  return `${regels.join('\n')}\n`;
}

/**
 * `samenwerkingstoets iv3 …` as a function of its arguments (those after "iv3"): returns the
 * exit code and never throws. 2 when nothing was written: wrong command line, a file that
 * cannot be read or is not Iv3, or a municipality the files do not know (with suggestions).
 */
export async function runIv3Command(argv: string[], io: CliOutput = PROCESS_OUTPUT, writtenAt?: string): Promise<number> {
  if (argv.some((a) => a === '--help' || a === '-h')) {
    io.out(`Gebruik:\n${IV3_HELP_TEXT}`);
    return EXIT_OK;
  }
  try {
    return await runIv3(parseIv3Args(argv), io, writtenAt);
  } catch (error) {
    const bekend = [CliUsageError, CliInputError, Iv3FormatError, Iv3GemeenteError, XlsxReadError].some((k) => error instanceof k);
    const e = error instanceof Error ? error : new Error(String(error));
    const tekst = bekend ? e.message : `onverwachte fout (${e.name}): ${e.message}`;
    io.err(`samenwerkingstoets: ${tekst.replace(/\s*\n\s*/g, ' ').trim()}\n`);
    return EXIT_INPUT;
  }
}
