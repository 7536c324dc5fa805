/**
 * The municipality's own figures: one opgave per year and document. A yearly CBS file wins
 * over the series for the same year and document (it is the unchanged CBS copy and has
 * Personeel per taakveld); where both are given they are compared and differences reported.
 */
import type { GemeenteRegister } from './gemeenteRegister';
import { createIv3Issue } from './iv3Issues';
import type { Iv3Bestand, Iv3Opgave } from './iv3Types';
import { rolOpgaveOp, type TaakveldBedrag } from './rolOpgaveOp';
import type { Issue } from '../types';

export interface GekozenOpgave {
  opgave: Iv3Opgave;
  bestand: Iv3Bestand;
  /** Per taakveld code, rolled up, x € 1.000. */
  bedragen: Map<string, TaakveldBedrag>;
}

const MAX_GENOEMD = 5;

/** Chosen opgaven of municipality `sleutel`, by year and then Begroting before Jaarrekening. */
export function kiesOpgaven(
  bestanden: readonly Iv3Bestand[], register: GemeenteRegister, sleutel: string,
): { gekozen: GekozenOpgave[]; issues: Issue[] } {
  const perPeriode = new Map<string, { opgave: Iv3Opgave; bestand: Iv3Bestand }[]>();
  for (const bestand of bestanden) {
    for (const opgave of bestand.opgaven) {
      if (register.sleutelVan(opgave) !== sleutel) continue;
      const periode = `${opgave.jaar}|${opgave.document}`;
      perPeriode.set(periode, [...(perPeriode.get(periode) ?? []), { opgave, bestand }]);
    }
  }
  const issues: Issue[] = [];
  const gekozen: GekozenOpgave[] = [];
  for (const kandidaten of perPeriode.values()) {
    const volgorde = [...kandidaten].sort((a, b) => rang(a.bestand) - rang(b.bestand));
    const [eerste, ...rest] = volgorde;
    const keuze = { ...eerste, bedragen: rolOpgaveOp(eerste.opgave) };
    gekozen.push(keuze);
    for (const ander of rest) issues.push(vergelijk(keuze, ander.opgave, ander.bestand));
  }
  gekozen.sort((a, b) => a.opgave.jaar - b.opgave.jaar || a.opgave.document.localeCompare(b.opgave.document));
  return { gekozen, issues };
}

function rang(bestand: Iv3Bestand): number {
  return bestand.layout === 'jaarbestand' ? 0 : 1;
}

/** Says which file was used and whether the other one agrees, taakveld by taakveld. */
function vergelijk(keuze: GekozenOpgave, ander: Iv3Opgave, anderBestand: Iv3Bestand): Issue {
  const o = keuze.opgave;
  const wat = `${o.gemeente} ${o.document.toLowerCase()} ${o.jaar}`;
  if (keuze.bestand.layout === anderBestand.layout) {
    return createIv3Issue('warning', 'IV3_DUBBEL_BESTAND', anderBestand.bestandsnaam, '',
      `${wat} staat in ${keuze.bestand.bestandsnaam} en in ${anderBestand.bestandsnaam}; alleen ${keuze.bestand.bestandsnaam} ` +
      'is gebruikt. Geef elk jaar en document maar één keer op.');
  }
  const andere = rolOpgaveOp(ander);
  const verschillen: string[] = [];
  for (const code of new Set([...keuze.bedragen.keys(), ...andere.keys()])) {
    const a = keuze.bedragen.get(code)?.lasten ?? 0;
    const b = andere.get(code)?.lasten ?? 0;
    if (a !== b) verschillen.push(`${code}: ${a} tegen ${b}`);
  }
  const basis = `${wat} staat in ${keuze.bestand.bestandsnaam} en in ${anderBestand.bestandsnaam}; de cijfers van ` +
    `${keuze.bestand.bestandsnaam} (het jaarbestand van CBS) zijn gebruikt.`;
  if (verschillen.length === 0) {
    return createIv3Issue('info', 'IV3_BRONNEN_GELIJK', anderBestand.bestandsnaam, '', `${basis} Beide bestanden geven per taakveld dezelfde lasten.`);
  }
  const genoemd = verschillen.slice(0, MAX_GENOEMD).join('; ') + (verschillen.length > MAX_GENOEMD ? '; …' : '');
  return createIv3Issue('warning', 'IV3_BRONNEN_VERSCHILLEN', anderBestand.bestandsnaam, '',
    `${basis} Op ${verschillen.length} taakveld(en) verschillen de bestanden (x € 1.000): ${genoemd}. ` +
    'Controleer bij CBS welke versie de juiste is.');
}
