/**
 * The optional Instellingen sheet: a header `Instelling | Waarde | …`, then one setting per
 * row (Gewicht K1, Actief K1, Drempels <indicator>, Nul-lijn jaar, Peiljaar, Trekkingen, Seed).
 * An invalid value is reported and that setting keeps its default.
 */
import type { CriteriumId, Drempels, IndicatorId, InstellingenOverrides, Issue, NulLijnJaar, SheetGrid } from '../types';
import { findHeaderRow } from './findHeader';
import { getCel, getPlek } from './metingContext';
import { cleanText, isBlank, matchesKop } from './normalizeKop';
import { createIssue } from './issues';
import { createKopNietGevondenIssue } from './tabelIssues';
import { readInstellingRegel, type InstellingRegel } from './readInstellingRegel';

/** What the sheet sets; records are partial (the caller merges them with mergeInstellingen). */
export function parseInstellingen(grid: SheetGrid, issues: Issue[]): InstellingenOverrides {
  const h = findHeaderRow(grid, (row) => row.some((v) => matchesKop(v, ['instelling', 'instellingen', 'parameter'])));
  if (h < 0) {
    issues.push(createKopNietGevondenIssue(grid.name, 'instellingen', 'Instelling en Waarde', 'warning'));
    return {};
  }
  const labelKolom = grid.values[h].findIndex((v) => matchesKop(v, ['instelling', 'instellingen', 'parameter']));
  const gewichten: Partial<Record<CriteriumId, number>> = {};
  const actief: Partial<Record<CriteriumId, boolean>> = {};
  const drempels: Partial<Record<IndicatorId, Drempels>> = {};
  const nulLijnJaren: NulLijnJaar[] = [];
  const uit: InstellingenOverrides = {};
  const gezien = new Set<string>();
  for (let r = h + 1; r < grid.values.length; r += 1) {
    if (isBlank(getCel(grid, r, labelKolom))) continue;
    const regel: InstellingRegel | null = readInstellingRegel(grid, r, labelKolom, issues);
    if (!regel) continue;
    const sleutel = regel.soort === 'nulLijnJaar' ? `nul|${regel.waarde.jaar}` : `${regel.soort}|${'id' in regel ? regel.id : ''}`;
    if (gezien.has(sleutel)) {
      issues.push(createDubbeleInstellingIssue(grid, r, labelKolom));
      continue;
    }
    gezien.add(sleutel);
    switch (regel.soort) {
      case 'gewicht': gewichten[regel.id] = regel.waarde; break;
      case 'actief': actief[regel.id] = regel.waarde; break;
      case 'drempels': drempels[regel.id] = regel.waarde; break;
      case 'nulLijnJaar': nulLijnJaren.push(regel.waarde); break;
      case 'peiljaar': uit.peiljaar = regel.waarde; break;
      case 'trekkingen': uit.trekkingen = regel.waarde; break;
      case 'seed': uit.seed = regel.waarde; break;
    }
  }
  if (Object.keys(gewichten).length) uit.gewichten = gewichten as Record<CriteriumId, number>;
  if (Object.keys(actief).length) uit.actief = actief as Record<CriteriumId, boolean>;
  if (Object.keys(drempels).length) uit.drempels = drempels as Record<IndicatorId, Drempels>;
  if (nulLijnJaren.length) uit.nulLijnJaren = [...nulLijnJaren].sort((a, b) => a.jaar - b.jaar);
  return uit;
}

function createDubbeleInstellingIssue(grid: SheetGrid, r: number, kolom: number): Issue {
  const plek = getPlek(grid, r, kolom);
  return createIssue('warning', 'ONGELDIGE_INSTELLING', plek,
    `Cel ${plek.cell} op blad '${plek.sheet}': de instelling "${cleanText(getCel(grid, r, kolom))}" staat al eerder op het blad; ` +
    'deze regel wordt genegeerd en de eerste geldt. Houd één regel per instelling over.');
}
