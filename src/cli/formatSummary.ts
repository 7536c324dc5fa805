/** The short summary `score` prints: one row per taakveld, then the issue counts and what was written. */
import { formatFractie, formatScore } from '../core/format';
import type { WriteReport } from '../core/hostPort';
import type { ToetsResult } from '../core/types';

const KOPPEN = ['Taakveld', 'Totaal', 'Oordeel', 'Dekking', 'Robuustheid'];
/** Columns with numbers are aligned to the right, as in a spreadsheet. */
const RECHTS = [false, true, false, true, true];

/** Lays rows out as a plain-text table with two spaces between columns. */
export function formatTable(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "3 fouten, 1 waarschuwing, 0 meldingen". */
export function formatIssueCounts(result: ToetsResult): string {
  const count = (severity: string): number => result.issues.filter((i) => i.severity === severity).length;
  const word = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`;
  return [
    word(count('error'), 'fout', 'fouten'),
    word(count('warning'), 'waarschuwing', 'waarschuwingen'),
    word(count('info'), 'melding', 'meldingen'),
  ].join(', ');
}

/** The whole summary in Dutch notation; `output` and `report` describe the written copy. */
export function formatSummary(result: ToetsResult, output: string, report: WriteReport): string {
  const rows = result.taakvelden.map((t) => [
    t.taakveld, formatScore(t.totaal), t.oordeel, formatFractie(t.dekking), formatFractie(t.robuustheid),
  ]);
  const parts = [
    result.taakvelden.length > 0 ? formatTable(KOPPEN, rows, RECHTS) : 'Geen taakvelden gevonden om te toetsen.',
    '',
    `Peiljaar: ${result.peiljaar ?? 'geen (geen gegevens)'} · ${result.taakvelden.length} taakvelden · ${formatIssueCounts(result)}`,
    `Geschreven: ${output} (bladen ${report.written.join(', ')})`,
  ];
  for (const backup of report.backups) {
    parts.push(`Bewerkt blad "${backup.sheet}" bewaard als "${backup.backupName}".`);
  }
  if (result.issues.length > 0) {
    const controle = report.written.find((name) => name.startsWith('Controle')) ?? 'Controle';
    parts.push(`Zie het blad ${controle} voor de meldingen per cel.`);
  }
  return `${parts.join('\n')}\n`;
}
