/**
 * `npm run bench [-- --json]`: the figures of design section 11, measured on this machine.
 * Prints a table, or one JSON object with --json. See docs/performance.md for what they mean.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateGrids } from './generateGrids';
import { judgeBars } from './judgeBars';
import { comparePeer, measureCore } from './measureCore';
import { measureCliExample, runCli, writeGridsXlsx } from './measureCli';
import { measureExcel } from './measureExcel';
import { searchSyncLimit } from './searchSyncLimit';

const PEER_NAME = 'HyperFormula 3.5 (SUMIFS-formules over de lange kostentabel)';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = (s: string) => {
    if (!json) process.stderr.write(`${s}\n`);
  };

  log('kern: 1.000 en 10.000 taakvelden × 10 jaar …');
  const klein = measureCore(1_000, 5);
  const groot = measureCore(10_000, 9);
  log('Excel-adapter tegen de opnemende nep-Excel …');
  const excelVoorbeeld = await measureExcel(10);
  const excelGroot = await measureExcel(2_000);
  const excel = [excelVoorbeeld, excelGroot];
  log('Excel-adapter: grootste aantal taakvelden binnen 3 syncs (grove bisectie) …');
  const grens = await searchSyncLimit(excel);
  log('opdrachtregel …');
  const cliMsExample = measureCliExample(3);
  const grootBestand = path.join(os.tmpdir(), `swt-bench-groot-${process.pid}.xlsx`);
  await writeGridsXlsx(generateGrids({ taakvelden: 10_000, jaren: 10, seed: 3, gaten: 0.01 }).grids, grootBestand);
  const cliGroot = runCli(['score', grootBestand, '-o', `${grootBestand}.uit.xlsx`, '--json']);
  fs.rmSync(grootBestand, { force: true });
  fs.rmSync(`${grootBestand}.uit.xlsx`, { force: true });
  log('peer (HyperFormula), paarsgewijs …');
  const peer = comparePeer(100, 5);

  const cijfers = {
    syncsFullRun: Math.max(excelVoorbeeld.syncsFullRun, excelGroot.syncsFullRun),
    syncsWhatIf: Math.max(excelVoorbeeld.syncsWhatIf, excelGroot.syncsWhatIf),
    maxRequestBytes: Math.max(excelVoorbeeld.maxRequestBytes, excelGroot.maxRequestBytes),
    maxTaakveldenBinnen3Syncs: { eersteRun: grens.eersteRun, herhaling: grens.herhaling, herhalingZonderGeheugen: grens.herhalingZonderGeheugen },
    coreMsPer10kRows: groot.scoreMs / (groot.rijen / 10_000),
    scalingRatio: groot.scoreMs / klein.scoreMs,
    cliMsExample,
    peerRatio: peer.peerRatio,
    peerName: PEER_NAME,
  };
  const uit = {
    ...cijfers,
    eisen: judgeBars({
      ...cijfers,
      kernMs: groot.scoreMs,
      kernMaxMs: groot.scoreMaxMs,
      grens: cijfers.maxTaakveldenBinnen3Syncs,
      gemetenTaakvelden: excel.map((e) => e.taakvelden),
    }),
    detail: {
      core: { klein, groot, specsMsPer10kRows: groot.specsMs / (groot.rijen / 10_000) },
      excel,
      excelGrens: grens,
      cliGroot: { taakvelden: 10_000, ms: cliGroot.ms, maxRssMb: cliGroot.maxRssMb, exitCode: cliGroot.exitCode },
      peer,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', node: process.version, memGb: os.totalmem() / 2 ** 30 },
    },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(uit, null, 2)}\n`);
    return;
  }
  const rij = (a: string, b: string | number, c = '') => `${a.padEnd(40)} ${String(b).padStart(14)}  ${c}`;
  const r = (x: number, d = 1) => x.toFixed(d);
  console.log([
    rij('meting', 'waarde', 'eis (ontwerp §11)'),
    rij('syncs volledige run', uit.syncsFullRun, '≤ 3'),
    ...excel.map((e) =>
      rij(`  ${e.taakvelden} tv: 1e / herh. / herladen / zonder geh. / what-if`,
        `${e.syncsFirstRun} / ${e.syncsReRun} / ${e.syncsReRunReloaded} / ${e.syncsReRunNoMemory} / ${e.syncsWhatIf}`,
        `${e.bytesFullRun} bytes eerste run, ${e.refusedResponses} antwoord(en) > 5 MB geweigerd`),
    ),
    rij('syncs what-if', uit.syncsWhatIf, '≤ 2'),
    rij('grootste request (bytes)', uit.maxRequestBytes, '≤ 4 MB'),
    rij('max taakvelden ≤ 3 syncs, eerste run', grens.eersteRun, `op ${grens.stap} taakvelden nauwkeurig${grens.onvolledig ? ' (onvolledig)' : ''}`),
    rij('max taakvelden ≤ 3 syncs, herhaling', grens.herhaling, 'met schrijfgeheugen; 5 MB-antwoordgrens van Excel op het web'),
    rij('  idem zonder schrijfgeheugen', grens.herhalingZonderGeheugen, 'ander werkstation of browser'),
    rij('kern ms per 10k rijen', r(uit.coreMsPer10kRows), `${r(groot.scoreMs)} ms voor ${groot.rijen} rijen`),
    rij('kern 10.000 tv × 10 jaar (ms)', r(groot.scoreMs, 0),
      `mediaan; min ${r(groot.scoreMinMs, 0)}, max ${r(groot.scoreMaxMs, 0)}; eis: ruim onder 1000`),
    rij('  opnieuw scoren (what-if, ms)', r(groot.rescoreMs, 0), `bladen bouwen ${r(groot.specsMs, 0)} ms`),
    rij('schaalverhouding 10× rijen', r(uit.scalingRatio, 2), '≈ 10 = lineair'),
    rij('CLI score voorbeeld (ms)', r(uit.cliMsExample, 0), 'heel proces'),
    rij('CLI 10.000 taakvelden (ms)', r(cliGroot.ms, 0), `piekgeheugen ${r(cliGroot.maxRssMb, 0)} MB`),
    rij('peer / kern', r(uit.peerRatio, 0), `${PEER_NAME}, ${peer.taakvelden} taakvelden`),
    '',
    'eisen (ontwerp §11):',
    ...uit.eisen.map((e) => `  ${e.gehaald ? 'gehaald     ' : 'NIET gehaald'}  ${e.eis}: ${e.gemeten}; ${e.toelichting}`),
  ].join('\n'));
}

main().catch((error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`bench: ${e.name}: ${e.message}\n`);
  process.exitCode = 1;
});
