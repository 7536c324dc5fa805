/**
 * Issues about roles, sheets, headers and columns (Dutch messages: what is wrong, what to do).
 */
import type { Issue, Role, Severity } from '../types';
import { createIssue, type Plek } from './issues';

const ROL_OMSCHRIJVING: Record<Role, { wat: string; blad: string }> = {
  kosten: { wat: 'kosten per taakveld', blad: 'het blad met de kosten' },
  fte: { wat: 'formatie (fte) per taakveld', blad: 'het blad met de formatie' },
  taakvelden: { wat: 'de lijst met taakvelden', blad: 'het blad met de taakvelden' },
  indicatoren: { wat: 'indicatoren', blad: 'het blad met de indicatoren' },
  benchmark: { wat: 'benchmarkgegevens', blad: 'het blad met de benchmark' },
  instellingen: { wat: 'instellingen', blad: 'het blad met de instellingen' },
};

/** Required roles without a sheet, as exactly one error; `verdwenen` names sheets that no longer exist. */
export function createRolOntbreektIssue(rollen: ('kosten' | 'fte')[], verdwenen: Partial<Record<Role, string>>): Issue {
  const delen = rollen.map((rol) => {
    const naam = verdwenen[rol];
    return naam ? `het blad '${naam}' voor ${ROL_OMSCHRIJVING[rol].wat} bestaat niet` : `er is geen blad met ${ROL_OMSCHRIJVING[rol].wat} gevonden`;
  });
  const zin = delen.join(' en ');
  const kies = rollen.map((r) => ROL_OMSCHRIJVING[r].blad).join(' en ');
  return createIssue('error', 'ROL_ONTBREEKT', { sheet: '', cell: '' },
    `${zin.charAt(0).toUpperCase()}${zin.slice(1)}. Kies in het taakvenster ${kies}, of voeg het sjabloon in.`);
}

/** An optional role pointing at a sheet that does not exist: that input is skipped. */
export function createBladNietGevondenIssue(rol: Role, naam: string): Issue {
  return createIssue('warning', 'BLAD_NIET_GEVONDEN', { sheet: naam, cell: '' },
    `Het blad '${naam}' voor ${ROL_OMSCHRIJVING[rol].wat} bestaat niet; die gegevens worden overgeslagen. ` +
    `Kies in het taakvenster opnieuw ${ROL_OMSCHRIJVING[rol].blad}.`);
}

export function createKopNietGevondenIssue(sheet: string, rol: Role, verwacht: string, severity: Severity): Issue {
  return createIssue(severity, 'KOP_NIET_GEVONDEN', { sheet, cell: '' },
    `Op blad '${sheet}' is geen kopregel voor ${ROL_OMSCHRIJVING[rol].wat} gevonden; het blad wordt overgeslagen. ` +
    `Zet boven de gegevens een regel met de kolomkoppen ${verwacht}, of voeg het sjabloon in.`);
}

export function createKolomOntbreektIssue(plek: Plek, kolommen: string, severity: Severity): Issue {
  return createIssue(severity, 'KOLOM_ONTBREEKT', plek,
    `In de kopregel op blad '${plek.sheet}' ontbreekt de kolom ${kolommen}; het blad wordt overgeslagen. ` +
    'Voeg die kolom toe of pas de kop aan.');
}

export function createKolomGenegeerdIssue(plek: Plek, kop: string, reden: string): Issue {
  return createIssue('info', 'KOLOM_GENEGEERD', plek,
    `Cel ${plek.cell} op blad '${plek.sheet}': de kolom "${kop}" wordt niet gelezen, ${reden}. Dit is alleen ter informatie.`);
}

export function createDubbelTaakveldIssue(plek: Plek, soort: 'naam' | 'code' | 'alias', waarde: string, bestaand: string): Issue {
  const wat = soort === 'naam' ? `het taakveld "${waarde}" staat er al` : `de ${soort} "${waarde}" hoort al bij "${bestaand}"`;
  const gevolg = soort === 'naam' ? 'deze regel wordt overgeslagen' : `de ${soort} wordt hier niet gebruikt`;
  return createIssue('warning', 'DUBBEL_TAAKVELD', plek,
    `Cel ${plek.cell} op blad '${plek.sheet}': ${wat}; ${gevolg}. Geef elk taakveld één regel en elke code of alias één taakveld.`);
}

export function createOnbekendeWaardeIssue(plek: Plek, code: string, text: string, toegestaan: string, standaard: string): Issue {
  return createIssue('warning', code, plek,
    `Cel ${plek.cell} op blad '${plek.sheet}': "${text}" is onbekend; ${standaard}. Gebruik ${toegestaan}.`);
}

export function createPercentageOnduidelijkIssue(plek: Plek, waarde: string): Issue {
  return createIssue('info', 'PERCENTAGE_ONDUIDELIJK', plek,
    `Cel ${plek.cell} op blad '${plek.sheet}': ${waarde} is gelezen als ${waarde} procent. ` +
    'Als de cel als percentage is opgemaakt en bijvoorbeeld 1,7 % bedoeld is, typ dan 1,7 (of "1,7%") in de cel.');
}
